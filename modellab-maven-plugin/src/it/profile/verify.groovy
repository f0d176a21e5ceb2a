// The dataset became a version of the project, with its explorer page, and the log says where.
def log = new File(basedir, 'build.log').text
def version = new File(basedir, 'artifacts/profile/datasets/diabetes-pima/sha256-c1b530cb22b4')
assert new File(version, 'dataset.json').text.contains('"rows" : 768')
assert new File(version, 'explorer.html').isFile()
assert log.contains('[INFO] [modellab] dataset diabetes-pima version sha256-c1b530cb22b4 (ingested now): 768 rows, sha256 c1b530cb22b468b5bc6da61d1467eec08882409d8edf89b0c7ae7bf6596b86f2')
assert log =~ /\[INFO\] \[modellab\] dataset explorer: .*explorer\.html/
return true
