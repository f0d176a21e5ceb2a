// ROC-AUC is below the gate: the build fails, naming the gate, the run, the value and its interval.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] \[modellab\] gate "roc_auc >= 0.95" missed by run run-\d{8}-\d{6}-[0-9a-f]{8}: roc_auc is 0.839 \(interval 0\.\d{3} to 0\.\d{3}\)$/
return true
