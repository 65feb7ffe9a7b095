"""The resources of the clients: ``files``, ``vector_stores`` and its ``files``/``file_batches``."""
