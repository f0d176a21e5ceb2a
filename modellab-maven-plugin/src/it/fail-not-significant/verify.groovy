// The candidate is the baseline's own template: no significant improvement, so the build fails.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] \[modellab\] gate "significant improvement in roc_auc" missed by run run-\d{8}-\d{6}-[0-9a-f]{8}: roc_auc \+0.000 over baseline run-\d{8}-\d{6}-[0-9a-f]{8}, paired 95% interval \[\+0.000, \+0.000\] includes 0$/
return true
