# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auto_chunking_strategy import AutoChunkingStrategy
    from .auto_chunking_strategy_type import AutoChunkingStrategyType
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
    from .file_content_response import FileContentResponse
    from .file_counts import FileCounts
    from .file_deleted import FileDeleted
    from .file_deleted_object import FileDeletedObject
    from .file_expiration_policy import FileExpirationPolicy
    from .file_expiration_policy_anchor import FileExpirationPolicyAnchor
    from .file_object import FileObject
    from .file_object_object import FileObjectObject
    from .file_object_purpose import FileObjectPurpose
    from .file_object_status import FileObjectStatus
    from .list_files_in_vector_store_batch_filter import ListFilesInVectorStoreBatchFilter
    from .list_files_in_vector_store_batch_order import ListFilesInVectorStoreBatchOrder
    from .list_files_order import ListFilesOrder
    from .list_files_response import ListFilesResponse
    from .list_vector_store_files_filter import ListVectorStoreFilesFilter
    from .list_vector_store_files_order import ListVectorStoreFilesOrder
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_order import ListVectorStoresOrder
    from .list_vector_stores_response import ListVectorStoresResponse
    from .metadata_type_0 import MetadataType0
    from .other_chunking_strategy import OtherChunkingStrategy
    from .other_chunking_strategy_type import OtherChunkingStrategyType
    from .static_chunking_strategy import StaticChunkingStrategy
    from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from .static_chunking_strategy_request_param_type import StaticChunkingStrategyRequestParamType
    from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from .static_chunking_strategy_response_param_type import StaticChunkingStrategyResponseParamType
    from .update_vector_store_file_attributes_request import UpdateVectorStoreFileAttributesRequest
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .vector_store import VectorStore
    from .vector_store_deleted import VectorStoreDeleted
    from .vector_store_deleted_object import VectorStoreDeletedObject
    from .vector_store_expiration_policy import VectorStoreExpirationPolicy
    from .vector_store_expiration_policy_anchor import VectorStoreExpirationPolicyAnchor
    from .vector_store_file import VectorStoreFile
    from .vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0
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
    from .vector_store_object import VectorStoreObject
    from .vector_store_search_request import VectorStoreSearchRequest
    from .vector_store_search_request_ranking_options import VectorStoreSearchRequestRankingOptions
    from .vector_store_search_request_ranking_options_ranker import VectorStoreSearchRequestRankingOptionsRanker
    from .vector_store_search_response import VectorStoreSearchResponse
    from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject
    from .vector_store_search_result_content_object_type import VectorStoreSearchResultContentObjectType
    from .vector_store_search_results_page import VectorStoreSearchResultsPage
    from .vector_store_search_results_page_object import VectorStoreSearchResultsPageObject
    from .vector_store_status import VectorStoreStatus

_MODULES: dict[str, str] = {
    "AutoChunkingStrategy": ".auto_chunking_strategy",
    "AutoChunkingStrategyType": ".auto_chunking_strategy_type",
    "ComparisonFilter": ".comparison_filter",
    "ComparisonFilterType": ".comparison_filter_type",
    "CompoundFilter": ".compound_filter",
    "CompoundFilterType": ".compound_filter_type",
    "CreateFileRequest": ".create_file_request",
    "CreateFileRequestPurpose": ".create_file_request_purpose",
    "CreateVectorStoreFileBatchRequest": ".create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": ".create_vector_store_file_request",
    "CreateVectorStoreRequest": ".create_vector_store_request",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetail": ".error_response_detail",
    "FileContentResponse": ".file_content_response",
    "FileCounts": ".file_counts",
    "FileDeleted": ".file_deleted",
    "FileDeletedObject": ".file_deleted_object",
    "FileExpirationPolicy": ".file_expiration_policy",
    "FileExpirationPolicyAnchor": ".file_expiration_policy_anchor",
    "FileObject": ".file_object",
    "FileObjectObject": ".file_object_object",
    "FileObjectPurpose": ".file_object_purpose",
    "FileObjectStatus": ".file_object_status",
    "ListFilesInVectorStoreBatchFilter": ".list_files_in_vector_store_batch_filter",
    "ListFilesInVectorStoreBatchOrder": ".list_files_in_vector_store_batch_order",
    "ListFilesOrder": ".list_files_order",
    "ListFilesResponse": ".list_files_response",
    "ListVectorStoreFilesFilter": ".list_vector_store_files_filter",
    "ListVectorStoreFilesOrder": ".list_vector_store_files_order",
    "ListVectorStoreFilesResponse": ".list_vector_store_files_response",
    "ListVectorStoresOrder": ".list_vector_stores_order",
    "ListVectorStoresResponse": ".list_vector_stores_response",
    "MetadataType0": ".metadata_type_0",
    "OtherChunkingStrategy": ".other_chunking_strategy",
    "OtherChunkingStrategyType": ".other_chunking_strategy_type",
    "StaticChunkingStrategy": ".static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": ".static_chunking_strategy_request_param",
    "StaticChunkingStrategyRequestParamType": ".static_chunking_strategy_request_param_type",
    "StaticChunkingStrategyResponseParam": ".static_chunking_strategy_response_param",
    "StaticChunkingStrategyResponseParamType": ".static_chunking_strategy_response_param_type",
    "UpdateVectorStoreFileAttributesRequest": ".update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": ".update_vector_store_request",
    "VectorStore": ".vector_store",
    "VectorStoreDeleted": ".vector_store_deleted",
    "VectorStoreDeletedObject": ".vector_store_deleted_object",
    "VectorStoreExpirationPolicy": ".vector_store_expiration_policy",
    "VectorStoreExpirationPolicyAnchor": ".vector_store_expiration_policy_anchor",
    "VectorStoreFile": ".vector_store_file",
    "VectorStoreFileAttributesType0": ".vector_store_file_attributes_type_0",
    "VectorStoreFileBatch": ".vector_store_file_batch",
    "VectorStoreFileBatchObject": ".vector_store_file_batch_object",
    "VectorStoreFileBatchStatus": ".vector_store_file_batch_status",
    "VectorStoreFileContentResponse": ".vector_store_file_content_response",
    "VectorStoreFileContentResponseObject": ".vector_store_file_content_response_object",
    "VectorStoreFileDeleted": ".vector_store_file_deleted",
    "VectorStoreFileDeletedObject": ".vector_store_file_deleted_object",
    "VectorStoreFileLastErrorType0": ".vector_store_file_last_error_type_0",
    "VectorStoreFileLastErrorType0Code": ".vector_store_file_last_error_type_0_code",
    "VectorStoreFileObject": ".vector_store_file_object",
    "VectorStoreFileStatus": ".vector_store_file_status",
    "VectorStoreObject": ".vector_store_object",
    "VectorStoreSearchRequest": ".vector_store_search_request",
    "VectorStoreSearchRequestRankingOptions": ".vector_store_search_request_ranking_options",
    "VectorStoreSearchRequestRankingOptionsRanker": ".vector_store_search_request_ranking_options_ranker",
    "VectorStoreSearchResponse": ".vector_store_search_response",
    "VectorStoreSearchResultContentObject": ".vector_store_search_result_content_object",
    "VectorStoreSearchResultContentObjectType": ".vector_store_search_result_content_object_type",
    "VectorStoreSearchResultsPage": ".vector_store_search_results_page",
    "VectorStoreSearchResultsPageObject": ".vector_store_search_results_page_object",
    "VectorStoreStatus": ".vector_store_status",
}

__all__ = [
    "AutoChunkingStrategy",
    "AutoChunkingStrategyType",
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
    "FileContentResponse",
    "FileCounts",
    "FileDeleted",
    "FileDeletedObject",
    "FileExpirationPolicy",
    "FileExpirationPolicyAnchor",
    "FileObject",
    "FileObjectObject",
    "FileObjectPurpose",
    "FileObjectStatus",
    "ListFilesInVectorStoreBatchFilter",
    "ListFilesInVectorStoreBatchOrder",
    "ListFilesOrder",
    "ListFilesResponse",
    "ListVectorStoreFilesFilter",
    "ListVectorStoreFilesOrder",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresOrder",
    "ListVectorStoresResponse",
    "MetadataType0",
    "OtherChunkingStrategy",
    "OtherChunkingStrategyType",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "VectorStore",
    "VectorStoreDeleted",
    "VectorStoreDeletedObject",
    "VectorStoreExpirationPolicy",
    "VectorStoreExpirationPolicyAnchor",
    "VectorStoreFile",
    "VectorStoreFileAttributesType0",
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
    "VectorStoreObject",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsRanker",
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultContentObjectType",
    "VectorStoreSearchResultsPage",
    "VectorStoreSearchResultsPageObject",
    "VectorStoreStatus",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
