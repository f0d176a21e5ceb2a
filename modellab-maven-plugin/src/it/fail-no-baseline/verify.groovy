// No baseline ran: the build fails on the baseline-first rule.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] \[modellab\] rule baseline_first broken by run (run-\d{8}-\d{6}-[0-9a-f]{8}): MISSING - run \1 names no baseline run$/
return true
