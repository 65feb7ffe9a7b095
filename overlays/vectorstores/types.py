"""The API's object types, under the names the official SDK uses."""

from vectorstores_raw.models.file_content_response import FileContentResponse
from vectorstores_raw.models.file_counts import FileCounts
from vectorstores_raw.models.file_deleted import FileDeleted
from vectorstores_raw.models.file_object import FileObject
from vectorstores_raw.models.vector_store import VectorStore
from vectorstores_raw.models.vector_store_deleted import VectorStoreDeleted
from vectorstores_raw.models.vector_store_file import VectorStoreFile
from vectorstores_raw.models.vector_store_file_batch import VectorStoreFileBatch
from vectorstores_raw.models.vector_store_file_deleted import VectorStoreFileDeleted
from vectorstores_raw.models.vector_store_search_response import VectorStoreSearchResponse

from ._uploads import FileTypes

__all__ = [
    "FileContentResponse",
    "FileCounts",
    "FileDeleted",
    "FileObject",
    "FileTypes",
    "VectorStore",
    "VectorStoreDeleted",
    "VectorStoreFile",
    "VectorStoreFileBatch",
    "VectorStoreFileDeleted",
    "VectorStoreSearchResponse",
]
