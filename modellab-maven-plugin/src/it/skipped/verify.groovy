// modellab.skip: the goal says why it did nothing, and wrote nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [modellab] skipped: modellab.skip is true')
assert !new File(basedir, 'artifacts').exists()
return true
