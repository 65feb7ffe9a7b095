"""Rules of generator/normalise.py on small documents."""

from __future__ import annotations

from generator.normalise import normalise


def test_a_property_the_sdks_compute_is_left_out_of_the_model() -> None:
    document = {
        "components": {
            "schemas": {
                "Answer": {
                    "allOf": [
                        {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
                        {
                            "type": "object",
                            "properties": {
                                "summary": {
                                    "anyOf": [{"type": "string", "x-oaiSupportedSDKs": ["python"]}, {"type": "null"}]
                                },
                                "words": {"type": "integer"},
                            },
                            "required": ["summary"],
                        },
                    ]
                }
            }
        }
    }
    answer = normalise(document)["components"]["schemas"]["Answer"]
    assert sorted(answer["properties"]) == ["id", "words"]
    assert answer["required"] == ["id"]
    # The input is left as it was.
    assert "summary" in document["components"]["schemas"]["Answer"]["allOf"][1]["properties"]
