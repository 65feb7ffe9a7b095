# Generated from openapi.yaml by make generate; do not edit.
"""Where each model class's schema lives in ``openapi.json`` (shipped beside this module), so
tools and tests can find a model's schema without knowing how its class name was chosen."""

from __future__ import annotations

# Class name -> JSON pointer (RFC 6901: ``~1`` is ``/``, ``~0`` is ``~``) into openapi.json.
SCHEMA_OF: dict[str, str] = {
    "AutoChunkingStrategy": "#/components/schemas/AutoChunkingStrategyRequestParam",
    "ComparisonFilter": "#/components/schemas/ComparisonFilter",
    "CompoundFilter": "#/components/schemas/CompoundFilter",
    "CreateFileRequest": "#/components/schemas/CreateFileRequest",
    "CreateVectorStoreFileBatchRequest": "#/components/schemas/CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest": "#/components/schemas/CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest": "#/components/schemas/CreateVectorStoreRequest",
    "Error": "#/components/schemas/Error",
    "ErrorResponse": "#/components/schemas/ErrorResponse",
    "ErrorResponseDetail": "#/components/schemas/ErrorResponse/properties/detail",
    "FileContentResponse": "#/components/schemas/VectorStoreFileContentResponse/properties/data/items",
    "FileCounts": "#/components/schemas/FileCounts",
    "FileDeleted": "#/components/schemas/DeleteFileResponse",
    "FileExpirationPolicy": "#/components/schemas/FileExpirationAfter",
    "FileObject": "#/components/schemas/OpenAIFile",
    "ListFilesResponse": "#/components/schemas/ListFilesResponse",
    "ListVectorStoreFilesResponse": "#/components/schemas/ListVectorStoreFilesResponse",
    "ListVectorStoresResponse": "#/components/schemas/ListVectorStoresResponse",
    "MetadataType0": "#/components/schemas/Metadata/anyOf/0",
    "OtherChunkingStrategy": "#/components/schemas/OtherChunkingStrategyResponseParam",
    "StaticChunkingStrategy": "#/components/schemas/StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam": "#/components/schemas/StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyResponseParam": "#/components/schemas/StaticChunkingStrategyResponseParam",
    "UpdateVectorStoreFileAttributesRequest": "#/components/schemas/UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest": "#/components/schemas/UpdateVectorStoreRequest",
    "VectorStore": "#/components/schemas/VectorStoreObject",
    "VectorStoreDeleted": "#/components/schemas/DeleteVectorStoreResponse",
    "VectorStoreExpirationPolicy": "#/components/schemas/VectorStoreExpirationAfter",
    "VectorStoreFile": "#/components/schemas/VectorStoreFileObject",
    "VectorStoreFileAttributesType0": "#/components/schemas/VectorStoreFileAttributes/anyOf/0",
    "VectorStoreFileBatch": "#/components/schemas/VectorStoreFileBatchObject",
    "VectorStoreFileContentResponse": "#/components/schemas/VectorStoreFileContentResponse",
    "VectorStoreFileDeleted": "#/components/schemas/DeleteVectorStoreFileResponse",
    "VectorStoreFileLastErrorType0": "#/components/schemas/VectorStoreFileObject/properties/last_error/anyOf/0",
    "VectorStoreSearchRequest": "#/components/schemas/VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions": "#/components/schemas/VectorStoreSearchRequest/properties/ranking_options",
    "VectorStoreSearchResponse": "#/components/schemas/VectorStoreSearchResultItem",
    "VectorStoreSearchResultContentObject": "#/components/schemas/VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultsPage": "#/components/schemas/VectorStoreSearchResultsPage",
}
