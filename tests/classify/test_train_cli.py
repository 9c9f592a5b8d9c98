import json

from nlp.cli.main import main


def tiny_corpus(directory, labels):
    directory.mkdir()
    rows = []
    for index, (text, label) in enumerate([("Provide loans to firms.", labels[0]), ("Build new brands.", labels[1])] * 4):
        rows.append(json.dumps({"id": f"d{index}", "lang": "en", "genre": "policy", "text": text,
                                "clauses": [{"start": 0, "end": len(text), "area": label, "measure": index % 2 == 0,
                                             "sent_end": True}], "markers": [], "entities": []}))
    (directory / "train.jsonl").write_text("\n".join(rows) + "\n")
    (directory / "dev.jsonl").write_text("\n".join(rows[:2]) + "\n")


def test_train_with_a_custom_scheme_gives_a_loadable_model(tmp_path, capsys):
    tiny_corpus(tmp_path / "corpus", ["money", "image"])
    scheme = tmp_path / "scheme.json"
    scheme.write_text(json.dumps({"name": "mine", "default": "other", "labels": ["money", "image", "other"]}))
    assert main(["train", "classifier", "--corpus", str(tmp_path / "corpus"), "--scheme", str(scheme),
                 "--out", str(tmp_path / "models")]) == 0
    from nlp.classify.persist import load_classifiers

    models, loaded_scheme, meta = load_classifiers(tmp_path / "models" / "classifier")
    assert loaded_scheme.labels == ("money", "image", "other") and meta["scheme"] == "mine"
    assert set(models["area"].classes_) == {"money", "image"}


def test_labels_outside_the_scheme_are_named(tmp_path, capsys):
    tiny_corpus(tmp_path / "corpus", ["finance", "tax"])
    assert main(["train", "classifier", "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path / "m")]) == 1
    assert "'tax'" in capsys.readouterr().err
