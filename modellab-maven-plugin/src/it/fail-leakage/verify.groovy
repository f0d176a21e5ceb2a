// The pipeline's scaler saw the test rows: the build fails on the no-leakage rule, naming the run and the evidence.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] \[modellab\] rule no_leakage broken by run run-\d{8}-\d{6}-[0-9a-f]{8}: fit_on_train_only - step 'standardise plas' \(scaler\) was fitted on 230 rows outside train \[2, 3, 10, 17, 18\] \(evidence: \{standardise plas: row examples=\[2, 3, 10, 17, 18\], standardise plas: rows outside train=230, steps_checked=1, steps_that_recorded_nothing=0\}\)$/
// The run is recorded FAILED with the reason; no eval folder claims it.
def runs = new File(basedir, 'artifacts/fail-leakage').listFiles().findAll { it.name ==~ /run-\d{8}-\d{6}-[0-9a-f]{8}/ }
def leaky = runs.find { new File(it, 'run.json').text.contains('"model" : "leaky_glucose_score"') }
assert new File(leaky, 'run.json').text.contains('"status" : "FAILED"')
assert !new File(leaky, 'eval').exists()
return true
