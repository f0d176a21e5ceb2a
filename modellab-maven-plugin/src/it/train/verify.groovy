// The build passed in the package phase; each run holds its saved model, signature, predictions sample and log,
// and no eval folder.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] --- modellab:')
assert log.contains(':train (default) @ train ---')
assert log.contains('[INFO] [modellab] training most_frequent (baseline), then xgboost on ../eval-passes/data/diabetes-pima.csv, seed 42')
assert log.contains('[INFO] [modellab] [xgboost] trained; not evaluated (modellab:eval evaluates)')
assert log =~ /\[INFO\] \[modellab\] trained run run-\d{8}-\d{6}-[0-9a-f]{8}: /

def project = new File(basedir, 'artifacts/train')
assert new File(project, 'index.html').isFile()
def runs = project.listFiles().findAll { it.name ==~ /run-\d{8}-\d{6}-[0-9a-f]{8}/ }.sort { it.name }
assert runs.size() == 2
runs.each { run ->
    def record = new groovy.json.JsonSlurper().parse(new File(run, 'run.json'))
    assert record.status == 'DONE'
    assert record.kind == 'train'
    assert new File(run, 'model/model.tribuo').isFile()
    assert new File(run, 'model/signature.json').text.contains('"features"')
    assert new File(run, 'predictions.sample.csv').readLines().size() == 101
    assert new File(run, 'logs/run.log').text.contains('DONE')
    assert !new File(run, 'eval').exists()
    assert !new File(run, 'report.html').exists()
}
def candidate = runs.find { new groovy.json.JsonSlurper().parse(new File(it, 'run.json')).model == 'xgboost' }
assert candidate != null
assert new File(candidate, 'logs/run.log').text.contains('xgboost: trained')
return true
