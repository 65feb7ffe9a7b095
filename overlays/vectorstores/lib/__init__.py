"""Hand-written helpers the generated resources extend: polling, uploads, batches."""
