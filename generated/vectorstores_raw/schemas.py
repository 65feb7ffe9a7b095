# Generated from openapi.yaml by make generate; do not edit.
"""The document's component schemas that argument rules refer to by name (see validation.py)."""

from __future__ import annotations

from typing import Any

COMPONENTS: dict[str, Any] = {
    "AutoChunkingStrategyRequestParam": {
        "type": "object",
        "additionalProperties": False,
        "properties": {"type": {"type": "string", "enum": ["auto"]}},
        "required": ["type"],
    },
    "ChunkingStrategyRequestParam": {
        "type": "object",
        "oneOf": [{"$ref": "AutoChunkingStrategyRequestParam"}, {"$ref": "StaticChunkingStrategyRequestParam"}],
    },
    "ComparisonFilter": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "type": {"type": "string", "enum": ["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]},
            "key": {"type": "string"},
            "value": {
                "oneOf": [
                    {"type": "string"},
                    {"type": "number"},
                    {"type": "boolean"},
                    {"type": "array", "items": {"oneOf": [{"type": "string"}, {"type": "number"}]}},
                ]
            },
        },
        "required": ["type", "key", "value"],
    },
    "CompoundFilter": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "type": {"type": "string", "enum": ["and", "or"]},
            "filters": {
                "type": "array",
                "items": {"oneOf": [{"$ref": "ComparisonFilter"}, {"$ref": "CompoundFilter"}]},
            },
        },
        "required": ["type", "filters"],
    },
    "CreateVectorStoreFileRequest": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "file_id": {
                "type": "string",
                "pattern": "^\\S+$",
                "x-rule": "must be a file id, not blank or holding spaces",
            },
            "chunking_strategy": {"$ref": "ChunkingStrategyRequestParam"},
            "attributes": {"$ref": "VectorStoreFileAttributes"},
        },
        "required": ["file_id"],
    },
    "FileExpirationAfter": {
        "type": "object",
        "properties": {
            "anchor": {"type": "string", "enum": ["created_at"]},
            "seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
        },
        "required": ["anchor", "seconds"],
    },
    "Metadata": {
        "anyOf": [
            {
                "type": "object",
                "maxProperties": 16,
                "propertyNames": {"type": "string", "maxLength": 64},
                "additionalProperties": {"type": "string", "maxLength": 512},
            },
            {"type": "null"},
        ]
    },
    "StaticChunkingStrategy": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "max_chunk_size_tokens": {"type": "integer", "minimum": 100, "maximum": 4096},
            "chunk_overlap_tokens": {"type": "integer"},
        },
        "required": ["max_chunk_size_tokens", "chunk_overlap_tokens"],
    },
    "StaticChunkingStrategyRequestParam": {
        "type": "object",
        "additionalProperties": False,
        "properties": {"type": {"type": "string", "enum": ["static"]}, "static": {"$ref": "StaticChunkingStrategy"}},
        "required": ["type", "static"],
    },
    "VectorStoreExpirationAfter": {
        "type": "object",
        "properties": {
            "anchor": {"type": "string", "enum": ["last_active_at"]},
            "days": {"type": "integer", "minimum": 1, "maximum": 365},
        },
        "required": ["anchor", "days"],
    },
    "VectorStoreFileAttributes": {
        "anyOf": [
            {
                "type": "object",
                "maxProperties": 16,
                "propertyNames": {"type": "string", "maxLength": 64},
                "additionalProperties": {
                    "oneOf": [{"type": "string", "maxLength": 512}, {"type": "number"}, {"type": "boolean"}]
                },
            },
            {"type": "null"},
        ]
    },
}
