# Generated from openapi.yaml by make generate; do not edit.
"""The API's object and request types, under openai-python's names."""

from .auto_chunking_strategy import AutoChunkingStrategy
from .auto_chunking_strategy_type import AutoChunkingStrategyType
from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam
from .comparison_filter import ComparisonFilter
from .comparison_filter_type import ComparisonFilterType
from .compound_filter import CompoundFilter
from .compound_filter_type import CompoundFilterType
from .create_file_request import CreateFileRequest
from .create_file_request_purpose import CreateFileRequestPurpose
from .create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
from .create_vector_store_file_request import CreateVectorStoreFileRequest
from .create_vector_store_request import CreateVectorStoreRequest
from .error import Error
from .error_response import ErrorResponse
from .error_response_detail import ErrorResponseDetail
from .file_chunking_strategy import FileChunkingStrategy
from .file_chunking_strategy_param import FileChunkingStrategyParam
from .file_content import FileContent
from .file_counts import FileCounts
from .file_create_params import FileCreateParams
from .file_deleted import FileDeleted
from .file_deleted_object import FileDeletedObject
from .file_expiration_policy import FileExpirationPolicy
from .file_expiration_policy_anchor import FileExpirationPolicyAnchor
from .file_list_params import FileListParams
from .file_object import FileObject
from .file_object_object import FileObjectObject
from .file_object_purpose import FileObjectPurpose
from .file_object_status import FileObjectStatus
from .file_purpose import FilePurpose
from .list_files_response import ListFilesResponse
from .list_vector_stores_response import ListVectorStoresResponse
from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
from .static_chunking_strategy_request_param_type import StaticChunkingStrategyRequestParamType
from .static_file_chunking_strategy import StaticFileChunkingStrategy
from .static_file_chunking_strategy_object import StaticFileChunkingStrategyObject
from .static_file_chunking_strategy_object_param import StaticFileChunkingStrategyObjectParam
from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam
from .update_vector_store_file_attributes_request import UpdateVectorStoreFileAttributesRequest
from .update_vector_store_request import UpdateVectorStoreRequest
from .vector_store import VectorStore
from .vector_store_create_params import VectorStoreCreateParams
from .vector_store_deleted import VectorStoreDeleted
from .vector_store_deleted_object import VectorStoreDeletedObject
from .vector_store_expiration_policy import VectorStoreExpirationPolicy
from .vector_store_expiration_policy_anchor import VectorStoreExpirationPolicyAnchor
from .vector_store_list_params import VectorStoreListParams
from .vector_store_object import VectorStoreObject
from .vector_store_search_params import VectorStoreSearchParams
from .vector_store_search_request import VectorStoreSearchRequest
from .vector_store_search_request_ranking_options import VectorStoreSearchRequestRankingOptions
from .vector_store_search_request_ranking_options_ranker import VectorStoreSearchRequestRankingOptionsRanker
from .vector_store_search_response import VectorStoreSearchResponse
from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject
from .vector_store_search_result_content_object_type import VectorStoreSearchResultContentObjectType
from .vector_store_search_results_page import VectorStoreSearchResultsPage
from .vector_store_search_results_page_object import VectorStoreSearchResultsPageObject
from .vector_store_status import VectorStoreStatus
from .vector_store_update_params import VectorStoreUpdateParams
from .vector_stores.file_content_response import FileContentResponse
from .vector_stores.list_vector_store_files_response import ListVectorStoreFilesResponse
from .vector_stores.other_chunking_strategy import OtherChunkingStrategy
from .vector_stores.other_chunking_strategy_type import OtherChunkingStrategyType
from .vector_stores.static_chunking_strategy import StaticChunkingStrategy
from .vector_stores.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
from .vector_stores.static_chunking_strategy_response_param_type import StaticChunkingStrategyResponseParamType
from .vector_stores.vector_store_file import VectorStoreFile
from .vector_stores.vector_store_file_batch import VectorStoreFileBatch
from .vector_stores.vector_store_file_batch_object import VectorStoreFileBatchObject
from .vector_stores.vector_store_file_batch_status import VectorStoreFileBatchStatus
from .vector_stores.vector_store_file_content_response import VectorStoreFileContentResponse
from .vector_stores.vector_store_file_content_response_object import VectorStoreFileContentResponseObject
from .vector_stores.vector_store_file_deleted import VectorStoreFileDeleted
from .vector_stores.vector_store_file_deleted_object import VectorStoreFileDeletedObject
from .vector_stores.vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0
from .vector_stores.vector_store_file_last_error_type_0_code import VectorStoreFileLastErrorType0Code
from .vector_stores.vector_store_file_object import VectorStoreFileObject
from .vector_stores.vector_store_file_status import VectorStoreFileStatus

__all__ = [
    "AutoChunkingStrategy",
    "AutoChunkingStrategyType",
    "AutoFileChunkingStrategyParam",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompoundFilter",
    "CompoundFilterType",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "Error",
    "ErrorResponse",
    "ErrorResponseDetail",
    "FileChunkingStrategy",
    "FileChunkingStrategyParam",
    "FileContent",
    "FileContentResponse",
    "FileCounts",
    "FileCreateParams",
    "FileDeleted",
    "FileDeletedObject",
    "FileExpirationPolicy",
    "FileExpirationPolicyAnchor",
    "FileListParams",
    "FileObject",
    "FileObjectObject",
    "FileObjectPurpose",
    "FileObjectStatus",
    "FilePurpose",
    "ListFilesResponse",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresResponse",
    "OtherChunkingStrategy",
    "OtherChunkingStrategyType",
    "OtherFileChunkingStrategyObject",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
    "StaticFileChunkingStrategy",
    "StaticFileChunkingStrategyObject",
    "StaticFileChunkingStrategyObjectParam",
    "StaticFileChunkingStrategyParam",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "VectorStore",
    "VectorStoreCreateParams",
    "VectorStoreDeleted",
    "VectorStoreDeletedObject",
    "VectorStoreExpirationPolicy",
    "VectorStoreExpirationPolicyAnchor",
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
    "VectorStoreListParams",
    "VectorStoreObject",
    "VectorStoreSearchParams",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsRanker",
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultContentObjectType",
    "VectorStoreSearchResultsPage",
    "VectorStoreSearchResultsPageObject",
    "VectorStoreStatus",
    "VectorStoreUpdateParams",
]
