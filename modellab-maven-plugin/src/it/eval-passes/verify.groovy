// The build passed; the runs, their reports and model cards, the comparison and the history page are on disk.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [modellab] evaluating logistic_regression against most_frequent on data/diabetes-pima.csv, seed 42')
assert log =~ /\[INFO\] \[modellab\] rules and gates hold for run run-\d{8}-\d{6}-[0-9a-f]{8}/
assert log.contains('[INFO] [modellab] [logistic_regression] bootstrap roc_auc done: 1000')

def project = new File(basedir, 'artifacts/eval-passes')
assert new File(project, 'index.html').isFile()
def runs = project.listFiles().findAll { it.name ==~ /run-\d{8}-\d{6}-[0-9a-f]{8}/ }
assert runs.size() == 2
runs.each { run ->
    assert new File(run, 'report.html').isFile()
    assert new File(run, 'eval/eval_summary.json').isFile()
    assert new File(run, 'eval/plots/roc_curve.png').isFile()
    assert new File(run, 'model_card.json').text.contains('"model_identification"')
    assert new File(run, 'model_card.html').isFile()
}
def compares = new File(project, 'compare').listFiles()
assert compares.size() == 1
assert new File(compares[0], 'compare.html').isFile()
assert new File(compares[0], 'compare.json').text.contains('"verdict" : "better"')
return true
