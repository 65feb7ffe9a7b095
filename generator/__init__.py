"""The pipeline that turns the upstream OpenAI description into ``generated/vectorstores_raw``."""

__all__ = ["GENERATOR_VERSION"]

# Bumped whenever the pipeline's own behaviour changes the output (it is part of the stamp).
GENERATOR_VERSION = "1"
