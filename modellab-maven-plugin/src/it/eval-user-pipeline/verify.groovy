// The project's own pipeline class was loaded from its classpath, evaluated against the baseline and passed.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [modellab] evaluating glucose_score against most_frequent on ../eval-passes/data/diabetes-pima.csv, seed 42')
assert log.contains('[INFO] [modellab] [glucose_score] leakage rule fit_on_train_only: PASS')
assert log =~ /\[INFO\] \[modellab\] rules and gates hold for run run-\d{8}-\d{6}-[0-9a-f]{8}/
// A pipeline that does not describe itself gets a card that says so with nulls, not guesses.
def runs = new File(basedir, 'artifacts/eval-user-pipeline').listFiles().findAll { it.name ==~ /run-\d{8}-\d{6}-[0-9a-f]{8}/ }
def card = runs.collect { new File(it, 'model_card.json').text }.find { it.contains('"name" : "glucose_score"') }
assert card != null
assert card =~ /"model_architecture" : \{\s*"predictor_layers" : null,\s*"predictor_parameters" : null,\s*"embedding_space_d_model" : null,\s*"description" : null/
return true
