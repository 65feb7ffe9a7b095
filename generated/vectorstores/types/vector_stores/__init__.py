# Generated from openapi.yaml by make generate; do not edit.
"""The API's object and request types of ``client.vector_stores`` and the resources below it, under openai-python's names."""

from .file_batch_create_params import FileBatchCreateParams
from .file_batch_list_files_params import FileBatchListFilesParams
from .file_content_response import FileContentResponse
from .file_create_params import FileCreateParams
from .file_list_params import FileListParams
from .file_update_params import FileUpdateParams
from .list_vector_store_files_response import ListVectorStoreFilesResponse
from .other_chunking_strategy import OtherChunkingStrategy
from .other_chunking_strategy_type import OtherChunkingStrategyType
from .static_chunking_strategy import StaticChunkingStrategy
from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
from .static_chunking_strategy_response_param_type import StaticChunkingStrategyResponseParamType
from .vector_store_file import VectorStoreFile
from .vector_store_file_batch import VectorStoreFileBatch
from .vector_store_file_batch_object import VectorStoreFileBatchObject
from .vector_store_file_batch_status import VectorStoreFileBatchStatus
from .vector_store_file_content_response import VectorStoreFileContentResponse
from .vector_store_file_content_response_object import VectorStoreFileContentResponseObject
from .vector_store_file_deleted import VectorStoreFileDeleted
from .vector_store_file_deleted_object import VectorStoreFileDeletedObject
from .vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0
from .vector_store_file_last_error_type_0_code import VectorStoreFileLastErrorType0Code
from .vector_store_file_object import VectorStoreFileObject
from .vector_store_file_status import VectorStoreFileStatus

__all__ = [
    "FileBatchCreateParams",
    "FileBatchListFilesParams",
    "FileContentResponse",
    "FileCreateParams",
    "FileListParams",
    "FileUpdateParams",
    "ListVectorStoreFilesResponse",
    "OtherChunkingStrategy",
    "OtherChunkingStrategyType",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
    "VectorStoreFile",
    "VectorStoreFileBatch",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchStatus",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseObject",
    "VectorStoreFileDeleted",
    "VectorStoreFileDeletedObject",
    "VectorStoreFileLastErrorType0",
    "VectorStoreFileLastErrorType0Code",
    "VectorStoreFileObject",
    "VectorStoreFileStatus",
]
