# Generated from openapi.yaml by make generate; do not edit.
"""The document's component schemas that argument rules refer to by name (see validation.py)."""

from __future__ import annotations

from typing import Any

COMPONENTS: dict[str, Any] = {
    "AdditionalToolsItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["additional_tools"]},
            "role": {"type": "string", "enum": ["developer"]},
            "tools": {"items": {"$ref": "Tool"}, "type": "array"},
        },
        "type": "object",
        "required": ["type", "role", "tools"],
    },
    "Annotation": {
        "oneOf": [
            {"$ref": "FileCitationBody"},
            {"$ref": "UrlCitationBody"},
            {"$ref": "ContainerFileCitationBody"},
            {"$ref": "FilePath"},
        ]
    },
    "ApplyPatchCallOutputStatusParam": {"type": "string", "enum": ["completed", "failed"]},
    "ApplyPatchCallStatusParam": {"type": "string", "enum": ["in_progress", "completed"]},
    "ApplyPatchCreateFileOperationParam": {
        "properties": {
            "type": {"type": "string", "enum": ["create_file"]},
            "path": {"type": "string", "minLength": 1},
            "diff": {"type": "string", "maxLength": 10485760},
        },
        "type": "object",
        "required": ["type", "path", "diff"],
    },
    "ApplyPatchDeleteFileOperationParam": {
        "properties": {"type": {"type": "string", "enum": ["delete_file"]}, "path": {"type": "string", "minLength": 1}},
        "type": "object",
        "required": ["type", "path"],
    },
    "ApplyPatchOperationParam": {
        "oneOf": [
            {"$ref": "ApplyPatchCreateFileOperationParam"},
            {"$ref": "ApplyPatchDeleteFileOperationParam"},
            {"$ref": "ApplyPatchUpdateFileOperationParam"},
        ]
    },
    "ApplyPatchToolCallItemParam": {
        "properties": {
            "type": {"type": "string", "enum": ["apply_patch_call"]},
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "caller": {"anyOf": [{"$ref": "ToolCallCallerParam"}, {"type": "null"}]},
            "status": {"$ref": "ApplyPatchCallStatusParam"},
            "operation": {"$ref": "ApplyPatchOperationParam"},
        },
        "type": "object",
        "required": ["type", "call_id", "status", "operation"],
    },
    "ApplyPatchToolCallOutputItemParam": {
        "properties": {
            "type": {"type": "string", "enum": ["apply_patch_call_output"]},
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "caller": {"anyOf": [{"$ref": "ToolCallCallerParam"}, {"type": "null"}]},
            "status": {"$ref": "ApplyPatchCallOutputStatusParam"},
            "output": {"anyOf": [{"type": "string", "maxLength": 10485760}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "call_id", "status"],
    },
    "ApplyPatchToolParam": {
        "properties": {
            "type": {"type": "string", "enum": ["apply_patch"]},
            "allowed_callers": {
                "anyOf": [
                    {"items": {"$ref": "CallableToolAllowedCaller"}, "type": "array", "minItems": 1},
                    {"type": "null"},
                ]
            },
        },
        "type": "object",
        "required": ["type"],
    },
    "ApplyPatchUpdateFileOperationParam": {
        "properties": {
            "type": {"type": "string", "enum": ["update_file"]},
            "path": {"type": "string", "minLength": 1},
            "diff": {"type": "string", "maxLength": 10485760},
        },
        "type": "object",
        "required": ["type", "path", "diff"],
    },
    "ApproximateLocation": {
        "properties": {
            "type": {"type": "string", "enum": ["approximate"]},
            "country": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "region": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "city": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "timezone": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type"],
    },
    "AutoChunkingStrategyRequestParam": {
        "type": "object",
        "additionalProperties": False,
        "properties": {"type": {"type": "string", "enum": ["auto"]}},
        "required": ["type"],
    },
    "AutoCodeInterpreterToolParam": {
        "properties": {
            "type": {"type": "string", "enum": ["auto"]},
            "file_ids": {"items": {"type": "string"}, "type": "array", "maxItems": 50},
            "memory_limit": {"anyOf": [{"$ref": "ContainerMemoryLimit"}, {"type": "null"}]},
            "network_policy": {
                "oneOf": [
                    {"$ref": "ContainerNetworkPolicyDisabledParam"},
                    {"$ref": "ContainerNetworkPolicyAllowlistParam"},
                ]
            },
        },
        "type": "object",
        "required": ["type"],
    },
    "CallableToolAllowedCaller": {"type": "string", "enum": ["direct", "programmatic"]},
    "ChunkingStrategyRequestParam": {
        "type": "object",
        "oneOf": [{"$ref": "AutoChunkingStrategyRequestParam"}, {"$ref": "StaticChunkingStrategyRequestParam"}],
    },
    "ClickButtonType": {"type": "string", "enum": ["left", "right", "wheel", "back", "forward"]},
    "ClickParam": {
        "properties": {
            "type": {"type": "string", "enum": ["click"]},
            "button": {"$ref": "ClickButtonType"},
            "x": {"type": "integer"},
            "y": {"type": "integer"},
            "keys": {"anyOf": [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "button", "x", "y"],
    },
    "CodeInterpreterOutputImage": {
        "properties": {"type": {"type": "string", "enum": ["image"]}, "url": {"type": "string"}},
        "type": "object",
        "required": ["type", "url"],
    },
    "CodeInterpreterOutputLogs": {
        "properties": {"type": {"type": "string", "enum": ["logs"]}, "logs": {"type": "string"}},
        "type": "object",
        "required": ["type", "logs"],
    },
    "CodeInterpreterTool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["code_interpreter"]},
            "container": {"oneOf": [{"type": "string"}, {"$ref": "AutoCodeInterpreterToolParam"}]},
            "allowed_callers": {
                "anyOf": [
                    {"type": "array", "minItems": 1, "items": {"$ref": "CallableToolAllowedCaller"}},
                    {"type": "null"},
                ]
            },
        },
        "required": ["type", "container"],
    },
    "CodeInterpreterToolCall": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["code_interpreter_call"]},
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete", "interpreting", "failed"]},
            "container_id": {"type": "string"},
            "code": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "outputs": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "oneOf": [{"$ref": "CodeInterpreterOutputLogs"}, {"$ref": "CodeInterpreterOutputImage"}]
                        },
                    },
                    {"type": "null"},
                ]
            },
        },
        "required": ["type", "id", "status", "container_id", "code", "outputs"],
    },
    "CompactionSummaryItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["compaction"]},
            "encrypted_content": {"type": "string", "maxLength": 20971520},
        },
        "type": "object",
        "required": ["type", "encrypted_content"],
    },
    "CompactionTriggerItemParam": {
        "properties": {"type": {"type": "string", "enum": ["compaction_trigger"]}},
        "type": "object",
        "required": ["type"],
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
    "ComputerAction": {
        "oneOf": [
            {"$ref": "ClickParam"},
            {"$ref": "DoubleClickAction"},
            {"$ref": "DragParam"},
            {"$ref": "KeyPressAction"},
            {"$ref": "MoveParam"},
            {"$ref": "ScreenshotParam"},
            {"$ref": "ScrollParam"},
            {"$ref": "TypeParam"},
            {"$ref": "WaitParam"},
        ]
    },
    "ComputerActionList": {"type": "array", "items": {"$ref": "ComputerAction"}},
    "ComputerCallOutputItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "type": {"type": "string", "enum": ["computer_call_output"]},
            "output": {"$ref": "ComputerScreenshotImage"},
            "acknowledged_safety_checks": {
                "anyOf": [{"items": {"$ref": "ComputerCallSafetyCheckParam"}, "type": "array"}, {"type": "null"}]
            },
            "status": {"anyOf": [{"$ref": "FunctionCallItemStatus"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["call_id", "type", "output"],
    },
    "ComputerCallSafetyCheckParam": {
        "properties": {
            "id": {"type": "string"},
            "code": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "message": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["id"],
    },
    "ComputerEnvironment": {"type": "string", "enum": ["windows", "mac", "linux", "ubuntu", "browser"]},
    "ComputerScreenshotImage": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["computer_screenshot"]},
            "image_url": {"type": "string"},
            "file_id": {"type": "string"},
        },
        "required": ["type"],
    },
    "ComputerTool": {
        "properties": {"type": {"type": "string", "enum": ["computer"]}},
        "type": "object",
        "required": ["type"],
    },
    "ComputerToolCall": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["computer_call"]},
            "id": {"type": "string"},
            "call_id": {"type": "string"},
            "action": {"$ref": "ComputerAction"},
            "actions": {"$ref": "ComputerActionList"},
            "pending_safety_checks": {"type": "array", "items": {"$ref": "ComputerCallSafetyCheckParam"}},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
        },
        "required": ["type", "id", "call_id", "pending_safety_checks", "status"],
    },
    "ComputerUsePreviewTool": {
        "properties": {
            "type": {"type": "string", "enum": ["computer_use_preview"]},
            "environment": {"$ref": "ComputerEnvironment"},
            "display_width": {"type": "integer"},
            "display_height": {"type": "integer"},
        },
        "type": "object",
        "required": ["type", "environment", "display_width", "display_height"],
    },
    "ContainerAutoParam": {
        "properties": {
            "type": {"type": "string", "enum": ["container_auto"]},
            "file_ids": {"items": {"type": "string"}, "type": "array", "maxItems": 50},
            "memory_limit": {"anyOf": [{"$ref": "ContainerMemoryLimit"}, {"type": "null"}]},
            "network_policy": {
                "oneOf": [
                    {"$ref": "ContainerNetworkPolicyDisabledParam"},
                    {"$ref": "ContainerNetworkPolicyAllowlistParam"},
                ]
            },
            "skills": {
                "items": {"oneOf": [{"$ref": "SkillReferenceParam"}, {"$ref": "InlineSkillParam"}]},
                "type": "array",
                "maxItems": 200,
            },
        },
        "type": "object",
        "required": ["type"],
    },
    "ContainerFileCitationBody": {
        "properties": {
            "type": {"type": "string", "enum": ["container_file_citation"]},
            "container_id": {"type": "string"},
            "file_id": {"type": "string"},
            "start_index": {"type": "integer"},
            "end_index": {"type": "integer"},
            "filename": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "container_id", "file_id", "start_index", "end_index", "filename"],
    },
    "ContainerMemoryLimit": {"type": "string", "enum": ["1g", "4g", "16g", "64g"]},
    "ContainerNetworkPolicyAllowlistParam": {
        "properties": {
            "type": {"type": "string", "enum": ["allowlist"]},
            "allowed_domains": {"items": {"type": "string"}, "type": "array", "minItems": 1},
            "domain_secrets": {
                "items": {"$ref": "ContainerNetworkPolicyDomainSecretParam"},
                "type": "array",
                "minItems": 1,
            },
        },
        "type": "object",
        "required": ["type", "allowed_domains"],
    },
    "ContainerNetworkPolicyDisabledParam": {
        "properties": {"type": {"type": "string", "enum": ["disabled"]}},
        "type": "object",
        "required": ["type"],
    },
    "ContainerNetworkPolicyDomainSecretParam": {
        "properties": {
            "domain": {"type": "string", "minLength": 1},
            "name": {"type": "string", "minLength": 1},
            "value": {"type": "string", "maxLength": 10485760, "minLength": 1},
        },
        "type": "object",
        "required": ["domain", "name", "value"],
    },
    "ContainerReferenceParam": {
        "properties": {"type": {"type": "string", "enum": ["container_reference"]}, "container_id": {"type": "string"}},
        "type": "object",
        "required": ["type", "container_id"],
    },
    "ContextManagementParam": {
        "properties": {
            "type": {"type": "string"},
            "compact_threshold": {"anyOf": [{"type": "integer", "minimum": 1000}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type"],
    },
    "ConversationParam": {"oneOf": [{"type": "string"}, {"$ref": "ConversationParam-2"}]},
    "ConversationParam-2": {"properties": {"id": {"type": "string"}}, "type": "object", "required": ["id"]},
    "CoordParam": {
        "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
        "type": "object",
        "required": ["x", "y"],
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
    "CustomGrammarFormatParam": {
        "properties": {
            "type": {"type": "string", "enum": ["grammar"]},
            "syntax": {"$ref": "GrammarSyntax1"},
            "definition": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "syntax", "definition"],
    },
    "CustomTextFormatParam": {
        "properties": {"type": {"type": "string", "enum": ["text"]}},
        "type": "object",
        "required": ["type"],
    },
    "CustomToolCall": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["custom_tool_call"]},
            "id": {"type": "string"},
            "call_id": {"type": "string"},
            "caller": {"anyOf": [{"$ref": "ToolCallCaller"}, {"type": "null"}]},
            "namespace": {"type": "string"},
            "name": {"type": "string"},
            "input": {"type": "string"},
        },
        "required": ["type", "call_id", "name", "input"],
    },
    "CustomToolCallOutput": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["custom_tool_call_output"]},
            "id": {"type": "string"},
            "call_id": {"type": "string"},
            "caller": {"anyOf": [{"$ref": "ToolCallCallerParam"}, {"type": "null"}]},
            "output": {
                "oneOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "FunctionAndCustomToolCallOutput"}}]
            },
        },
        "required": ["type", "call_id", "output"],
    },
    "CustomToolParam": {
        "properties": {
            "type": {"type": "string", "enum": ["custom"]},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "format": {"oneOf": [{"$ref": "CustomTextFormatParam"}, {"$ref": "CustomGrammarFormatParam"}]},
            "defer_loading": {"type": "boolean"},
            "allowed_callers": {
                "anyOf": [
                    {"items": {"$ref": "CallableToolAllowedCaller"}, "type": "array", "minItems": 1},
                    {"type": "null"},
                ]
            },
        },
        "type": "object",
        "required": ["type", "name"],
    },
    "DetailEnum": {"type": "string", "enum": ["low", "high", "auto", "original"]},
    "DirectToolCallCaller": {
        "properties": {"type": {"type": "string", "enum": ["direct"]}},
        "type": "object",
        "required": ["type"],
    },
    "DirectToolCallCallerParam": {
        "properties": {"type": {"type": "string", "enum": ["direct"]}},
        "type": "object",
        "required": ["type"],
    },
    "DoubleClickAction": {
        "properties": {
            "type": {"type": "string", "enum": ["double_click"]},
            "x": {"type": "integer"},
            "y": {"type": "integer"},
            "keys": {"anyOf": [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "x", "y", "keys"],
    },
    "DragParam": {
        "properties": {
            "type": {"type": "string", "enum": ["drag"]},
            "path": {"items": {"$ref": "CoordParam"}, "type": "array"},
            "keys": {"anyOf": [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "path"],
    },
    "EasyInputMessage": {
        "type": "object",
        "properties": {
            "role": {"type": "string", "enum": ["user", "assistant", "system", "developer"]},
            "content": {"oneOf": [{"type": "string"}, {"$ref": "InputMessageContentList"}]},
            "phase": {"anyOf": [{"$ref": "MessagePhase"}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["message"]},
        },
        "required": ["role", "content"],
    },
    "EmptyModelParam": {"properties": {}, "type": "object", "required": []},
    "FileCitationBody": {
        "properties": {
            "type": {"type": "string", "enum": ["file_citation"]},
            "file_id": {"type": "string"},
            "index": {"type": "integer"},
            "filename": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "file_id", "index", "filename"],
    },
    "FileDetailEnum": {"type": "string", "enum": ["auto", "low", "high"]},
    "FileExpirationAfter": {
        "type": "object",
        "properties": {
            "anchor": {"type": "string", "enum": ["created_at"]},
            "seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
        },
        "required": ["anchor", "seconds"],
    },
    "FileInputDetail": {"type": "string", "enum": ["auto", "low", "high"]},
    "FilePath": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["file_path"]},
            "file_id": {"type": "string"},
            "index": {"type": "integer"},
        },
        "required": ["type", "file_id", "index"],
    },
    "FileSearchTool": {
        "properties": {
            "type": {"type": "string", "enum": ["file_search"]},
            "vector_store_ids": {"items": {"type": "string"}, "type": "array"},
            "max_num_results": {"type": "integer"},
            "ranking_options": {"$ref": "RankingOptions"},
            "filters": {"anyOf": [{"$ref": "Filters"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "vector_store_ids"],
    },
    "FileSearchToolCall": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["file_search_call"]},
            "status": {"type": "string", "enum": ["in_progress", "searching", "completed", "incomplete", "failed"]},
            "queries": {"type": "array", "items": {"type": "string"}},
            "results": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "file_id": {"type": "string"},
                                "text": {"type": "string"},
                                "filename": {"type": "string"},
                                "attributes": {"$ref": "VectorStoreFileAttributes"},
                                "score": {"type": "number"},
                            },
                        },
                    },
                    {"type": "null"},
                ]
            },
        },
        "required": ["id", "type", "status", "queries"],
    },
    "Filters": {"anyOf": [{"$ref": "ComparisonFilter"}, {"$ref": "CompoundFilter"}]},
    "FunctionAndCustomToolCallOutput": {
        "oneOf": [{"$ref": "InputTextContent"}, {"$ref": "InputImageContent"}, {"$ref": "InputFileContent"}]
    },
    "FunctionCallItemStatus": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
    "FunctionCallOutputItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"anyOf": [{"type": "string", "maxLength": 64, "minLength": 1}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["function_call_output"]},
            "output": {
                "oneOf": [
                    {"type": "string", "maxLength": 10485760},
                    {
                        "items": {
                            "oneOf": [
                                {"$ref": "InputTextContentParam"},
                                {"$ref": "InputImageContentParamAutoParam"},
                                {"$ref": "InputFileContentParam"},
                            ]
                        },
                        "type": "array",
                    },
                ]
            },
            "name": {"anyOf": [{"type": "string", "maxLength": 128, "minLength": 1}, {"type": "null"}]},
            "namespace": {
                "anyOf": [
                    {"type": "string", "maxLength": 64, "minLength": 1, "pattern": "^[a-zA-Z0-9_-]+$"},
                    {"type": "null"},
                ]
            },
            "caller": {"anyOf": [{"$ref": "ToolCallCallerParam"}, {"type": "null"}]},
            "status": {"anyOf": [{"$ref": "FunctionCallItemStatus"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "output"],
    },
    "FunctionShellActionParam": {
        "properties": {
            "commands": {"items": {"type": "string"}, "type": "array"},
            "timeout_ms": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "max_output_length": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["commands"],
    },
    "FunctionShellCallItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "caller": {"anyOf": [{"$ref": "ToolCallCallerParam"}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["shell_call"]},
            "action": {"$ref": "FunctionShellActionParam"},
            "status": {"anyOf": [{"$ref": "FunctionShellCallItemStatus"}, {"type": "null"}]},
            "environment": {
                "anyOf": [
                    {"oneOf": [{"$ref": "LocalEnvironmentParam"}, {"$ref": "ContainerReferenceParam"}]},
                    {"type": "null"},
                ]
            },
        },
        "type": "object",
        "required": ["call_id", "type", "action"],
    },
    "FunctionShellCallItemStatus": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
    "FunctionShellCallOutputContentParam": {
        "properties": {
            "stdout": {"type": "string", "maxLength": 10485760},
            "stderr": {"type": "string", "maxLength": 10485760},
            "outcome": {"$ref": "FunctionShellCallOutputOutcomeParam"},
        },
        "type": "object",
        "required": ["stdout", "stderr", "outcome"],
    },
    "FunctionShellCallOutputExitOutcomeParam": {
        "properties": {"type": {"type": "string", "enum": ["exit"]}, "exit_code": {"type": "integer"}},
        "type": "object",
        "required": ["type", "exit_code"],
    },
    "FunctionShellCallOutputItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "caller": {"anyOf": [{"$ref": "ToolCallCallerParam"}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["shell_call_output"]},
            "output": {"items": {"$ref": "FunctionShellCallOutputContentParam"}, "type": "array"},
            "status": {"anyOf": [{"$ref": "FunctionShellCallItemStatus"}, {"type": "null"}]},
            "max_output_length": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["call_id", "type", "output"],
    },
    "FunctionShellCallOutputOutcomeParam": {
        "oneOf": [
            {"$ref": "FunctionShellCallOutputTimeoutOutcomeParam"},
            {"$ref": "FunctionShellCallOutputExitOutcomeParam"},
        ]
    },
    "FunctionShellCallOutputTimeoutOutcomeParam": {
        "properties": {"type": {"type": "string", "enum": ["timeout"]}},
        "type": "object",
        "required": ["type"],
    },
    "FunctionShellToolParam": {
        "properties": {
            "type": {"type": "string", "enum": ["shell"]},
            "environment": {
                "anyOf": [
                    {
                        "oneOf": [
                            {"$ref": "ContainerAutoParam"},
                            {"$ref": "LocalEnvironmentParam"},
                            {"$ref": "ContainerReferenceParam"},
                        ]
                    },
                    {"type": "null"},
                ]
            },
            "allowed_callers": {
                "anyOf": [
                    {"items": {"$ref": "CallableToolAllowedCaller"}, "type": "array", "minItems": 1},
                    {"type": "null"},
                ]
            },
        },
        "type": "object",
        "required": ["type"],
    },
    "FunctionTool": {
        "properties": {
            "type": {"type": "string", "enum": ["function"]},
            "name": {"type": "string"},
            "description": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "parameters": {"anyOf": [{"additionalProperties": {}, "type": "object"}, {"type": "null"}]},
            "output_schema": {"anyOf": [{"additionalProperties": {}, "type": "object"}, {"type": "null"}]},
            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "allowed_callers": {
                "anyOf": [{"items": {"$ref": "CallableToolAllowedCaller"}, "type": "array"}, {"type": "null"}]
            },
        },
        "type": "object",
        "required": ["type", "name", "strict", "parameters"],
    },
    "FunctionToolCall": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["function_call"]},
            "call_id": {"type": "string"},
            "caller": {"anyOf": [{"$ref": "ToolCallCaller"}, {"type": "null"}]},
            "namespace": {"type": "string"},
            "name": {"type": "string"},
            "arguments": {"type": "string"},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
        },
        "required": ["type", "call_id", "name", "arguments"],
    },
    "FunctionToolParam": {
        "properties": {
            "name": {"type": "string", "maxLength": 128, "minLength": 1, "pattern": "^[a-zA-Z0-9_-]+$"},
            "description": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "parameters": {"anyOf": [{"$ref": "EmptyModelParam"}, {"type": "null"}]},
            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["function"]},
            "output_schema": {"anyOf": [{"additionalProperties": {}, "type": "object"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "allowed_callers": {
                "anyOf": [
                    {"items": {"$ref": "CallableToolAllowedCaller"}, "type": "array", "minItems": 1},
                    {"type": "null"},
                ]
            },
        },
        "type": "object",
        "required": ["name", "type"],
    },
    "GrammarSyntax1": {"type": "string", "enum": ["lark", "regex"]},
    "HTTPError": {
        "properties": {
            "type": {"type": "string", "enum": ["http_error"]},
            "code": {"type": "integer"},
            "message": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "code", "message"],
    },
    "HybridSearchOptions": {
        "properties": {"embedding_weight": {"type": "number"}, "text_weight": {"type": "number"}},
        "type": "object",
        "required": ["embedding_weight", "text_weight"],
    },
    "ImageDetail": {"type": "string", "enum": ["low", "high", "auto", "original"]},
    "ImageGenActionEnum": {"type": "string", "enum": ["generate", "edit", "auto"]},
    "ImageGenTool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["image_generation"]},
            "model": {
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "string",
                        "enum": [
                            "gpt-image-1",
                            "gpt-image-1-mini",
                            "gpt-image-1.5",
                            "gpt-image-2",
                            "gpt-image-2-2026-04-21",
                        ],
                    },
                ]
            },
            "quality": {"type": "string", "enum": ["low", "medium", "high", "auto"]},
            "size": {
                "anyOf": [
                    {"type": "string"},
                    {"type": "string", "enum": ["1024x1024", "1024x1536", "1536x1024", "auto"]},
                ]
            },
            "output_format": {"type": "string", "enum": ["png", "webp", "jpeg"]},
            "output_compression": {"type": "integer", "minimum": 0, "maximum": 100},
            "moderation": {"type": "string", "enum": ["auto", "low"]},
            "background": {"type": "string", "enum": ["transparent", "opaque", "auto"]},
            "input_fidelity": {"anyOf": [{"$ref": "InputFidelity"}, {"type": "null"}]},
            "input_image_mask": {
                "type": "object",
                "properties": {"image_url": {"type": "string"}, "file_id": {"type": "string"}},
                "required": [],
                "additionalProperties": False,
            },
            "partial_images": {"type": "integer", "minimum": 0, "maximum": 3},
            "action": {"$ref": "ImageGenActionEnum"},
        },
        "required": ["type"],
    },
    "ImageGenToolCall": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["image_generation_call"]},
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["in_progress", "completed", "generating", "failed"]},
            "result": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["type", "id", "status", "result"],
    },
    "IncludeEnum": {
        "type": "string",
        "enum": [
            "file_search_call.results",
            "web_search_call.results",
            "web_search_call.action.sources",
            "message.input_image.image_url",
            "computer_call_output.output.image_url",
            "code_interpreter_call.outputs",
            "reasoning.encrypted_content",
            "message.output_text.logprobs",
        ],
    },
    "InlineSkillParam": {
        "properties": {
            "type": {"type": "string", "enum": ["inline"]},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "source": {"$ref": "InlineSkillSourceParam"},
        },
        "type": "object",
        "required": ["type", "name", "description", "source"],
    },
    "InlineSkillSourceParam": {
        "properties": {
            "type": {"type": "string", "enum": ["base64"]},
            "media_type": {"type": "string", "enum": ["application/zip"]},
            "data": {"type": "string", "maxLength": 70254592, "minLength": 1},
        },
        "type": "object",
        "required": ["type", "media_type", "data"],
    },
    "InputContent": {
        "oneOf": [{"$ref": "InputTextContent"}, {"$ref": "InputImageContent"}, {"$ref": "InputFileContent"}]
    },
    "InputFidelity": {"type": "string", "enum": ["high", "low"]},
    "InputFileContent": {
        "properties": {
            "type": {"type": "string", "enum": ["input_file"]},
            "file_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "filename": {"type": "string"},
            "file_data": {"type": "string"},
            "prompt_cache_breakpoint": {"$ref": "PromptCacheBreakpointConfig"},
            "file_url": {"type": "string"},
            "detail": {"$ref": "FileInputDetail"},
        },
        "type": "object",
        "required": ["type"],
    },
    "InputFileContentParam": {
        "properties": {
            "type": {"type": "string", "enum": ["input_file"]},
            "file_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "filename": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "file_data": {"anyOf": [{"type": "string", "maxLength": 73400320}, {"type": "null"}]},
            "file_url": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "detail": {"$ref": "FileDetailEnum"},
            "prompt_cache_breakpoint": {"anyOf": [{"$ref": "PromptCacheBreakpointParam"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type"],
    },
    "InputImageContent": {
        "properties": {
            "type": {"type": "string", "enum": ["input_image"]},
            "image_url": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "file_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "detail": {"$ref": "ImageDetail"},
            "prompt_cache_breakpoint": {"$ref": "PromptCacheBreakpointConfig"},
        },
        "type": "object",
        "required": ["type", "detail"],
    },
    "InputImageContentParamAutoParam": {
        "properties": {
            "type": {"type": "string", "enum": ["input_image"]},
            "image_url": {"anyOf": [{"type": "string", "maxLength": 20971520}, {"type": "null"}]},
            "file_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "detail": {"anyOf": [{"$ref": "DetailEnum"}, {"type": "null"}]},
            "prompt_cache_breakpoint": {"anyOf": [{"$ref": "PromptCacheBreakpointParam"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type"],
    },
    "InputItem": {
        "oneOf": [
            {"$ref": "EasyInputMessage"},
            {"$ref": "Item"},
            {"$ref": "CompactionTriggerItemParam"},
            {"$ref": "ItemReferenceParam"},
            {"$ref": "ProgramItemParam"},
            {"$ref": "ProgramOutputItemParam"},
        ]
    },
    "InputMessage": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["message"]},
            "role": {"type": "string", "enum": ["user", "system", "developer"]},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
            "content": {"$ref": "InputMessageContentList"},
        },
        "required": ["role", "content"],
    },
    "InputMessageContentList": {"type": "array", "items": {"$ref": "InputContent"}},
    "InputParam": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "InputItem"}}]},
    "InputTextContent": {
        "properties": {
            "type": {"type": "string", "enum": ["input_text"]},
            "text": {"type": "string"},
            "prompt_cache_breakpoint": {"$ref": "PromptCacheBreakpointConfig"},
        },
        "type": "object",
        "required": ["type", "text"],
    },
    "InputTextContentParam": {
        "properties": {
            "type": {"type": "string", "enum": ["input_text"]},
            "text": {"type": "string", "maxLength": 10485760},
            "prompt_cache_breakpoint": {"anyOf": [{"$ref": "PromptCacheBreakpointParam"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "text"],
    },
    "Item": {
        "type": "object",
        "oneOf": [
            {"$ref": "InputMessage"},
            {"$ref": "OutputMessage"},
            {"$ref": "FileSearchToolCall"},
            {"$ref": "ComputerToolCall"},
            {"$ref": "ComputerCallOutputItemParam"},
            {"$ref": "WebSearchToolCall"},
            {"$ref": "FunctionToolCall"},
            {"$ref": "FunctionCallOutputItemParam"},
            {"$ref": "ToolSearchCallItemParam"},
            {"$ref": "ToolSearchOutputItemParam"},
            {"$ref": "AdditionalToolsItemParam"},
            {"$ref": "ReasoningItem"},
            {"$ref": "CompactionSummaryItemParam"},
            {"$ref": "ImageGenToolCall"},
            {"$ref": "CodeInterpreterToolCall"},
            {"$ref": "LocalShellToolCall"},
            {"$ref": "LocalShellToolCallOutput"},
            {"$ref": "FunctionShellCallItemParam"},
            {"$ref": "FunctionShellCallOutputItemParam"},
            {"$ref": "ApplyPatchToolCallItemParam"},
            {"$ref": "ApplyPatchToolCallOutputItemParam"},
            {"$ref": "MCPListTools"},
            {"$ref": "MCPApprovalRequest"},
            {"$ref": "MCPApprovalResponse"},
            {"$ref": "MCPToolCall"},
            {"$ref": "CustomToolCallOutput"},
            {"$ref": "CustomToolCall"},
        ],
    },
    "ItemReferenceParam": {
        "properties": {
            "type": {"anyOf": [{"type": "string", "enum": ["item_reference"]}, {"type": "null"}]},
            "id": {"type": "string"},
        },
        "type": "object",
        "required": ["id"],
    },
    "KeyPressAction": {
        "properties": {
            "type": {"type": "string", "enum": ["keypress"]},
            "keys": {"items": {"type": "string"}, "type": "array"},
        },
        "type": "object",
        "required": ["type", "keys"],
    },
    "LocalEnvironmentParam": {
        "properties": {
            "type": {"type": "string", "enum": ["local"]},
            "skills": {"items": {"$ref": "LocalSkillParam"}, "type": "array", "maxItems": 200},
        },
        "type": "object",
        "required": ["type"],
    },
    "LocalShellExecAction": {
        "properties": {
            "type": {"type": "string", "enum": ["exec"]},
            "command": {"items": {"type": "string"}, "type": "array"},
            "timeout_ms": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "working_directory": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "env": {"additionalProperties": {"type": "string"}, "type": "object"},
            "user": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "command", "env"],
    },
    "LocalShellToolCall": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["local_shell_call"]},
            "id": {"type": "string"},
            "call_id": {"type": "string"},
            "action": {"$ref": "LocalShellExecAction"},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
        },
        "required": ["type", "id", "call_id", "action", "status"],
    },
    "LocalShellToolCallOutput": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["local_shell_call_output"]},
            "id": {"type": "string"},
            "output": {"type": "string"},
            "status": {
                "anyOf": [{"type": "string", "enum": ["in_progress", "completed", "incomplete"]}, {"type": "null"}]
            },
        },
        "required": ["id", "type", "call_id", "output"],
    },
    "LocalShellToolParam": {
        "properties": {"type": {"type": "string", "enum": ["local_shell"]}},
        "type": "object",
        "required": ["type"],
    },
    "LocalSkillParam": {
        "properties": {"name": {"type": "string"}, "description": {"type": "string"}, "path": {"type": "string"}},
        "type": "object",
        "required": ["name", "description", "path"],
    },
    "LogProb": {
        "properties": {
            "token": {"type": "string"},
            "logprob": {"type": "number"},
            "bytes": {"items": {"type": "integer"}, "type": "array"},
            "top_logprobs": {"items": {"$ref": "TopLogProb"}, "type": "array"},
        },
        "type": "object",
        "required": ["token", "logprob", "bytes", "top_logprobs"],
    },
    "MCPApprovalRequest": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["mcp_approval_request"]},
            "id": {"type": "string"},
            "server_label": {"type": "string"},
            "name": {"type": "string"},
            "arguments": {"type": "string"},
        },
        "required": ["type", "id", "server_label", "name", "arguments"],
    },
    "MCPApprovalResponse": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["mcp_approval_response"]},
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "approval_request_id": {"type": "string"},
            "approve": {"type": "boolean"},
            "reason": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["type", "request_id", "approve", "approval_request_id"],
    },
    "MCPListTools": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["mcp_list_tools"]},
            "id": {"type": "string"},
            "server_label": {"type": "string"},
            "tools": {"type": "array", "items": {"$ref": "MCPListToolsTool"}},
            "error": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["type", "id", "server_label", "tools"],
    },
    "MCPListToolsTool": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "description": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "input_schema": {"type": "object"},
            "annotations": {"anyOf": [{"type": "object"}, {"type": "null"}]},
        },
        "required": ["name", "input_schema"],
    },
    "MCPProtocolError": {
        "properties": {
            "type": {"type": "string", "enum": ["mcp_protocol_error"]},
            "code": {"type": "integer"},
            "message": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "code", "message"],
    },
    "MCPTool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["mcp"]},
            "server_label": {"type": "string"},
            "server_url": {"type": "string"},
            "connector_id": {
                "type": "string",
                "enum": [
                    "connector_dropbox",
                    "connector_gmail",
                    "connector_googlecalendar",
                    "connector_googledrive",
                    "connector_microsoftteams",
                    "connector_outlookcalendar",
                    "connector_outlookemail",
                    "connector_sharepoint",
                ],
            },
            "tunnel_id": {"type": "string", "pattern": "^tunnel_[a-z0-9]{32}$"},
            "authorization": {"type": "string"},
            "server_description": {"type": "string"},
            "headers": {"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "null"}]},
            "allowed_tools": {
                "anyOf": [
                    {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"$ref": "MCPToolFilter"}]},
                    {"type": "null"},
                ]
            },
            "allowed_callers": {
                "anyOf": [
                    {"type": "array", "minItems": 1, "items": {"$ref": "CallableToolAllowedCaller"}},
                    {"type": "null"},
                ]
            },
            "require_approval": {
                "anyOf": [
                    {
                        "oneOf": [
                            {
                                "type": "object",
                                "properties": {"always": {"$ref": "MCPToolFilter"}, "never": {"$ref": "MCPToolFilter"}},
                                "additionalProperties": False,
                            },
                            {"type": "string", "enum": ["always", "never"]},
                        ]
                    },
                    {"type": "null"},
                ]
            },
            "defer_loading": {"type": "boolean"},
        },
        "required": ["type", "server_label"],
    },
    "MCPToolCall": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["mcp_call"]},
            "id": {"type": "string"},
            "server_label": {"type": "string"},
            "name": {"type": "string"},
            "arguments": {"type": "string"},
            "output": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "error": {"anyOf": [{"$ref": "MCPToolCallError"}, {"type": "null"}]},
            "status": {"$ref": "MCPToolCallStatus"},
            "approval_request_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["type", "id", "server_label", "name", "arguments"],
    },
    "MCPToolCallError": {
        "oneOf": [{"$ref": "MCPProtocolError"}, {"$ref": "MCPToolExecutionError"}, {"$ref": "HTTPError"}]
    },
    "MCPToolCallStatus": {"type": "string", "enum": ["in_progress", "completed", "incomplete", "calling", "failed"]},
    "MCPToolExecutionError": {
        "properties": {"type": {"type": "string", "enum": ["mcp_tool_execution_error"]}, "content": {}},
        "type": "object",
        "required": ["type", "content"],
    },
    "MCPToolFilter": {
        "type": "object",
        "properties": {"tool_names": {"type": "array", "items": {"type": "string"}}, "read_only": {"type": "boolean"}},
        "required": [],
        "additionalProperties": False,
    },
    "MessagePhase": {"type": "string", "enum": ["commentary", "final_answer"]},
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
    "ModelIdsCompaction": {"anyOf": [{"$ref": "ModelIdsResponses"}, {"type": "string"}, {"type": "null"}]},
    "ModelIdsResponses": {
        "anyOf": [
            {"$ref": "ModelIdsShared"},
            {
                "type": "string",
                "enum": [
                    "o1-pro",
                    "o1-pro-2025-03-19",
                    "o3-pro",
                    "o3-pro-2025-06-10",
                    "o3-deep-research",
                    "o3-deep-research-2025-06-26",
                    "o4-mini-deep-research",
                    "o4-mini-deep-research-2025-06-26",
                    "computer-use-preview",
                    "computer-use-preview-2025-03-11",
                    "gpt-5.5-pro",
                    "gpt-5.5-pro-2026-04-23",
                    "gpt-5-codex",
                    "gpt-5-pro",
                    "gpt-5-pro-2025-10-06",
                    "gpt-5.1-codex-max",
                    "gpt-daybreak-blue-latest",
                    "gpt-daybreak-red-latest",
                    "gpt-5.6-cyber",
                ],
            },
        ]
    },
    "ModelIdsShared": {
        "anyOf": [
            {"type": "string"},
            {
                "type": "string",
                "enum": [
                    "gpt-5.6-sol",
                    "gpt-5.6-terra",
                    "gpt-5.6-luna",
                    "gpt-5.5",
                    "gpt-5.5-2026-04-23",
                    "gpt-5.4",
                    "gpt-5.4-mini",
                    "gpt-5.4-nano",
                    "gpt-5.4-mini-2026-03-17",
                    "gpt-5.4-nano-2026-03-17",
                    "gpt-5.3-chat-latest",
                    "gpt-5.2",
                    "gpt-5.2-2025-12-11",
                    "gpt-5.2-chat-latest",
                    "gpt-5.2-pro",
                    "gpt-5.2-pro-2025-12-11",
                    "gpt-5.1",
                    "gpt-5.1-2025-11-13",
                    "gpt-5.1-codex",
                    "gpt-5.1-mini",
                    "gpt-5.1-chat-latest",
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-5-chat-latest",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o4-mini",
                    "o4-mini-2025-04-16",
                    "o3",
                    "o3-2025-04-16",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "o1-preview",
                    "o1-preview-2024-09-12",
                    "o1-mini",
                    "o1-mini-2024-09-12",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-audio-preview",
                    "gpt-4o-audio-preview-2024-10-01",
                    "gpt-4o-audio-preview-2024-12-17",
                    "gpt-4o-audio-preview-2025-06-03",
                    "gpt-4o-mini-audio-preview",
                    "gpt-4o-mini-audio-preview-2024-12-17",
                    "gpt-4o-search-preview",
                    "gpt-4o-mini-search-preview",
                    "gpt-4o-search-preview-2025-03-11",
                    "gpt-4o-mini-search-preview-2025-03-11",
                    "chatgpt-4o-latest",
                    "codex-mini-latest",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0301",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            },
        ]
    },
    "ModerationConfigParam": {
        "properties": {"mode": {"$ref": "ModerationMode"}},
        "type": "object",
        "required": ["mode"],
    },
    "ModerationMode": {"type": "string", "enum": ["score", "block"]},
    "ModerationParam": {
        "properties": {
            "model": {"type": "string"},
            "policy": {"anyOf": [{"$ref": "ModerationPolicyParam"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["model"],
    },
    "ModerationPolicyParam": {
        "properties": {
            "input": {"anyOf": [{"$ref": "ModerationConfigParam"}, {"type": "null"}]},
            "output": {"anyOf": [{"$ref": "ModerationConfigParam"}, {"type": "null"}]},
        },
        "type": "object",
        "required": [],
    },
    "MoveParam": {
        "properties": {
            "type": {"type": "string", "enum": ["move"]},
            "x": {"type": "integer"},
            "y": {"type": "integer"},
            "keys": {"anyOf": [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "x", "y"],
    },
    "NamespaceToolParam": {
        "properties": {
            "type": {"type": "string", "enum": ["namespace"]},
            "name": {"type": "string", "minLength": 1},
            "description": {"type": "string"},
            "tools": {
                "items": {"oneOf": [{"$ref": "FunctionToolParam"}, {"$ref": "CustomToolParam"}]},
                "type": "array",
                "minItems": 1,
            },
        },
        "type": "object",
        "required": ["type", "name", "description", "tools"],
    },
    "OutputMessage": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["message"]},
            "role": {"type": "string", "enum": ["assistant"]},
            "content": {"type": "array", "items": {"$ref": "OutputMessageContent"}},
            "phase": {"anyOf": [{"$ref": "MessagePhase"}, {"type": "null"}]},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
        },
        "required": ["id", "type", "role", "content", "status"],
    },
    "OutputMessageContent": {"oneOf": [{"$ref": "OutputTextContent"}, {"$ref": "RefusalContent"}]},
    "OutputTextContent": {
        "properties": {
            "type": {"type": "string", "enum": ["output_text"]},
            "text": {"type": "string"},
            "annotations": {"items": {"$ref": "Annotation"}, "type": "array"},
            "logprobs": {"items": {"$ref": "LogProb"}, "type": "array"},
        },
        "type": "object",
        "required": ["type", "text", "annotations", "logprobs"],
    },
    "PersonalityEnum": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["friendly", "pragmatic"]}]},
    "ProgramItemParam": {
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["program"]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "code": {"type": "string", "maxLength": 10485760},
            "fingerprint": {"type": "string", "maxLength": 10485760},
        },
        "type": "object",
        "required": ["id", "type", "call_id", "code", "fingerprint"],
    },
    "ProgramOutputItemParam": {
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["program_output"]},
            "call_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "result": {"type": "string", "maxLength": 10485760},
            "status": {"$ref": "ProgramOutputItemStatus"},
        },
        "type": "object",
        "required": ["id", "type", "call_id", "result", "status"],
    },
    "ProgramOutputItemStatus": {"type": "string", "enum": ["completed", "incomplete"]},
    "ProgramToolCallCaller": {
        "properties": {"type": {"type": "string", "enum": ["program"]}, "caller_id": {"type": "string"}},
        "type": "object",
        "required": ["type", "caller_id"],
    },
    "ProgramToolCallCallerParam": {
        "properties": {
            "type": {"type": "string", "enum": ["program"]},
            "caller_id": {"type": "string", "maxLength": 64, "minLength": 1},
        },
        "type": "object",
        "required": ["type", "caller_id"],
    },
    "ProgrammaticToolCallingParam": {
        "properties": {"type": {"type": "string", "enum": ["programmatic_tool_calling"]}},
        "type": "object",
        "required": ["type"],
    },
    "Prompt": {
        "anyOf": [
            {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "version": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "variables": {"$ref": "ResponsePromptVariables"},
                },
            },
            {"type": "null"},
        ]
    },
    "PromptCacheBreakpointConfig": {
        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        "type": "object",
        "required": ["mode"],
    },
    "PromptCacheBreakpointParam": {
        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        "type": "object",
        "required": ["mode"],
    },
    "PromptCacheModeEnum": {"type": "string", "enum": ["implicit", "explicit"]},
    "PromptCacheOptionsParam": {
        "properties": {"ttl": {"$ref": "PromptCacheTTLEnum"}, "mode": {"$ref": "PromptCacheModeEnum"}},
        "type": "object",
        "required": [],
    },
    "PromptCacheRetentionEnum": {"type": "string", "enum": ["in_memory", "24h"]},
    "PromptCacheTTLEnum": {"type": "string", "enum": ["30m"]},
    "RankerVersionType": {"type": "string", "enum": ["auto", "default-2024-11-15"]},
    "RankingOptions": {
        "properties": {
            "ranker": {"$ref": "RankerVersionType"},
            "score_threshold": {"type": "number"},
            "hybrid_search": {"$ref": "HybridSearchOptions"},
        },
        "type": "object",
        "required": [],
    },
    "Reasoning": {
        "type": "object",
        "properties": {
            "mode": {"$ref": "ReasoningModeEnum"},
            "effort": {"$ref": "ReasoningEffort"},
            "summary": {"anyOf": [{"type": "string", "enum": ["auto", "concise", "detailed"]}, {"type": "null"}]},
            "context": {"anyOf": [{"type": "string", "enum": ["auto", "current_turn", "all_turns"]}, {"type": "null"}]},
            "generate_summary": {
                "anyOf": [{"type": "string", "enum": ["auto", "concise", "detailed"]}, {"type": "null"}]
            },
        },
    },
    "ReasoningEffort": {
        "anyOf": [
            {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
            {"type": "null"},
        ]
    },
    "ReasoningItem": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["reasoning"]},
            "id": {"type": "string"},
            "encrypted_content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "summary": {"type": "array", "items": {"$ref": "SummaryTextContent"}},
            "content": {"type": "array", "items": {"$ref": "ReasoningTextContent"}},
            "status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
        },
        "required": ["id", "summary", "type"],
    },
    "ReasoningModeEnum": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["standard", "pro"]}]},
    "ReasoningTextContent": {
        "properties": {"type": {"type": "string", "enum": ["reasoning_text"]}, "text": {"type": "string"}},
        "type": "object",
        "required": ["type", "text"],
    },
    "RefusalContent": {
        "properties": {"type": {"type": "string", "enum": ["refusal"]}, "refusal": {"type": "string"}},
        "type": "object",
        "required": ["type", "refusal"],
    },
    "ResponseFormatJsonObject": {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": ["json_object"]}},
        "required": ["type"],
    },
    "ResponseFormatJsonSchemaSchema": {"type": "object", "additionalProperties": True},
    "ResponseFormatText": {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": ["text"]}},
        "required": ["type"],
    },
    "ResponsePromptVariables": {
        "anyOf": [
            {
                "type": "object",
                "additionalProperties": {
                    "oneOf": [
                        {"type": "string"},
                        {"$ref": "InputTextContent"},
                        {"$ref": "InputImageContent"},
                        {"$ref": "InputFileContent"},
                    ]
                },
            },
            {"type": "null"},
        ]
    },
    "ResponseStreamOptions": {
        "anyOf": [{"type": "object", "properties": {"include_obfuscation": {"type": "boolean"}}}, {"type": "null"}]
    },
    "ResponseTextParam": {
        "type": "object",
        "properties": {"format": {"$ref": "TextResponseFormatConfiguration"}, "verbosity": {"$ref": "Verbosity"}},
    },
    "ScreenshotParam": {
        "properties": {"type": {"type": "string", "enum": ["screenshot"]}},
        "type": "object",
        "required": ["type"],
    },
    "ScrollParam": {
        "properties": {
            "type": {"type": "string", "enum": ["scroll"]},
            "x": {"type": "integer"},
            "y": {"type": "integer"},
            "scroll_x": {"type": "integer"},
            "scroll_y": {"type": "integer"},
            "keys": {"anyOf": [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "x", "y", "scroll_x", "scroll_y"],
    },
    "SearchContentType": {"type": "string", "enum": ["text", "image"]},
    "SearchContextSize": {"type": "string", "enum": ["low", "medium", "high"]},
    "ServiceTierEnum": {"type": "string", "enum": ["auto", "default", "fast", "flex", "priority"]},
    "ServiceTierResponses": {
        "anyOf": [
            {"type": "string", "enum": ["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]},
            {"type": "null"},
        ]
    },
    "SkillReferenceParam": {
        "properties": {
            "type": {"type": "string", "enum": ["skill_reference"]},
            "skill_id": {"type": "string", "maxLength": 64, "minLength": 1},
            "version": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "skill_id"],
    },
    "SpecificApplyPatchParam": {
        "properties": {"type": {"type": "string", "enum": ["apply_patch"]}},
        "type": "object",
        "required": ["type"],
    },
    "SpecificFunctionShellParam": {
        "properties": {"type": {"type": "string", "enum": ["shell"]}},
        "type": "object",
        "required": ["type"],
    },
    "SpecificProgrammaticToolCallingParam": {
        "properties": {"type": {"type": "string", "enum": ["programmatic_tool_calling"]}},
        "type": "object",
        "required": ["type"],
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
    "SummaryTextContent": {
        "properties": {"type": {"type": "string", "enum": ["summary_text"]}, "text": {"type": "string"}},
        "type": "object",
        "required": ["type", "text"],
    },
    "TextResponseFormatConfiguration": {
        "oneOf": [
            {"$ref": "ResponseFormatText"},
            {"$ref": "TextResponseFormatJsonSchema"},
            {"$ref": "ResponseFormatJsonObject"},
        ]
    },
    "TextResponseFormatJsonSchema": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["json_schema"]},
            "description": {"type": "string"},
            "name": {"type": "string"},
            "schema": {"$ref": "ResponseFormatJsonSchemaSchema"},
            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
        },
        "required": ["type", "schema", "name"],
    },
    "Tool": {
        "oneOf": [
            {"$ref": "FunctionTool"},
            {"$ref": "FileSearchTool"},
            {"$ref": "ComputerTool"},
            {"$ref": "ComputerUsePreviewTool"},
            {"$ref": "WebSearchTool"},
            {"$ref": "MCPTool"},
            {"$ref": "CodeInterpreterTool"},
            {"$ref": "ProgrammaticToolCallingParam"},
            {"$ref": "ImageGenTool"},
            {"$ref": "LocalShellToolParam"},
            {"$ref": "FunctionShellToolParam"},
            {"$ref": "CustomToolParam"},
            {"$ref": "NamespaceToolParam"},
            {"$ref": "ToolSearchToolParam"},
            {"$ref": "WebSearchPreviewTool"},
            {"$ref": "ApplyPatchToolParam"},
        ]
    },
    "ToolCallCaller": {"oneOf": [{"$ref": "DirectToolCallCaller"}, {"$ref": "ProgramToolCallCaller"}]},
    "ToolCallCallerParam": {"oneOf": [{"$ref": "DirectToolCallCallerParam"}, {"$ref": "ProgramToolCallCallerParam"}]},
    "ToolChoiceAllowed": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["allowed_tools"]},
            "mode": {"type": "string", "enum": ["auto", "required"]},
            "tools": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
        },
        "required": ["type", "mode", "tools"],
    },
    "ToolChoiceCustom": {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": ["custom"]}, "name": {"type": "string"}},
        "required": ["type", "name"],
    },
    "ToolChoiceFunction": {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": ["function"]}, "name": {"type": "string"}},
        "required": ["type", "name"],
    },
    "ToolChoiceMCP": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["mcp"]},
            "server_label": {"type": "string"},
            "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["type", "server_label"],
    },
    "ToolChoiceOptions": {"type": "string", "enum": ["none", "auto", "required"]},
    "ToolChoiceParam": {
        "oneOf": [
            {"$ref": "ToolChoiceOptions"},
            {"$ref": "ToolChoiceAllowed"},
            {"$ref": "ToolChoiceTypes"},
            {"$ref": "ToolChoiceFunction"},
            {"$ref": "ToolChoiceMCP"},
            {"$ref": "ToolChoiceCustom"},
            {"$ref": "SpecificProgrammaticToolCallingParam"},
            {"$ref": "SpecificApplyPatchParam"},
            {"$ref": "SpecificFunctionShellParam"},
        ]
    },
    "ToolChoiceTypes": {
        "type": "object",
        "properties": {
            "type": {
                "type": "string",
                "enum": [
                    "file_search",
                    "web_search_preview",
                    "computer",
                    "computer_use_preview",
                    "computer_use",
                    "web_search_preview_2025_03_11",
                    "image_generation",
                    "code_interpreter",
                ],
            }
        },
        "required": ["type"],
    },
    "ToolSearchCallItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"anyOf": [{"type": "string", "maxLength": 64, "minLength": 1}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["tool_search_call"]},
            "execution": {"$ref": "ToolSearchExecutionType"},
            "arguments": {"$ref": "EmptyModelParam"},
            "status": {"anyOf": [{"$ref": "FunctionCallItemStatus"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "arguments"],
    },
    "ToolSearchExecutionType": {"type": "string", "enum": ["server", "client"]},
    "ToolSearchOutputItemParam": {
        "properties": {
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "call_id": {"anyOf": [{"type": "string", "maxLength": 64, "minLength": 1}, {"type": "null"}]},
            "type": {"type": "string", "enum": ["tool_search_output"]},
            "execution": {"$ref": "ToolSearchExecutionType"},
            "tools": {"items": {"$ref": "Tool"}, "type": "array"},
            "status": {"anyOf": [{"$ref": "FunctionCallItemStatus"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type", "tools"],
    },
    "ToolSearchToolParam": {
        "properties": {
            "type": {"type": "string", "enum": ["tool_search"]},
            "execution": {"$ref": "ToolSearchExecutionType"},
            "description": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "parameters": {"anyOf": [{"$ref": "EmptyModelParam"}, {"type": "null"}]},
        },
        "type": "object",
        "required": ["type"],
    },
    "ToolsArray": {"type": "array", "items": {"$ref": "Tool"}},
    "TopLogProb": {
        "properties": {
            "token": {"type": "string"},
            "logprob": {"type": "number"},
            "bytes": {"items": {"type": "integer"}, "type": "array"},
        },
        "type": "object",
        "required": ["token", "logprob", "bytes"],
    },
    "TruncationEnum": {"type": "string", "enum": ["auto", "disabled"]},
    "TypeParam": {
        "properties": {"type": {"type": "string", "enum": ["type"]}, "text": {"type": "string"}},
        "type": "object",
        "required": ["type", "text"],
    },
    "UrlCitationBody": {
        "properties": {
            "type": {"type": "string", "enum": ["url_citation"]},
            "url": {"type": "string"},
            "start_index": {"type": "integer"},
            "end_index": {"type": "integer"},
            "title": {"type": "string"},
        },
        "type": "object",
        "required": ["type", "url", "start_index", "end_index", "title"],
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
    "Verbosity": {"anyOf": [{"type": "string", "enum": ["low", "medium", "high"]}, {"type": "null"}]},
    "WaitParam": {"properties": {"type": {"type": "string", "enum": ["wait"]}}, "type": "object", "required": ["type"]},
    "WebSearchActionFind": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["find_in_page"]},
            "url": {"type": "string"},
            "pattern": {"type": "string"},
        },
        "required": ["type", "url", "pattern"],
    },
    "WebSearchActionOpenPage": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["open_page"]},
            "url": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["type"],
    },
    "WebSearchActionSearch": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["search"]},
            "query": {"type": "string"},
            "queries": {"type": "array", "items": {"type": "string"}},
            "sources": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"type": {"type": "string", "enum": ["url"]}, "url": {"type": "string"}},
                    "required": ["type", "url"],
                },
            },
        },
        "required": ["type"],
    },
    "WebSearchApproximateLocation": {
        "anyOf": [
            {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["approximate"]},
                    "country": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "region": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "city": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "timezone": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                },
            },
            {"type": "null"},
        ]
    },
    "WebSearchPreviewTool": {
        "properties": {
            "type": {"type": "string", "enum": ["web_search_preview", "web_search_preview_2025_03_11"]},
            "user_location": {"anyOf": [{"$ref": "ApproximateLocation"}, {"type": "null"}]},
            "search_context_size": {"$ref": "SearchContextSize"},
            "search_content_types": {"items": {"$ref": "SearchContentType"}, "type": "array"},
        },
        "type": "object",
        "required": ["type"],
    },
    "WebSearchTool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["web_search", "web_search_2025_08_26"]},
            "external_web_access": {"type": "boolean"},
            "filters": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "allowed_domains": {
                                "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]
                            }
                        },
                    },
                    {"type": "null"},
                ]
            },
            "user_location": {"$ref": "WebSearchApproximateLocation"},
            "search_context_size": {"type": "string", "enum": ["low", "medium", "high"]},
        },
        "required": ["type"],
    },
    "WebSearchToolCall": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["web_search_call"]},
            "status": {"type": "string", "enum": ["in_progress", "searching", "completed", "failed"]},
            "action": {
                "type": "object",
                "oneOf": [
                    {"$ref": "WebSearchActionSearch"},
                    {"$ref": "WebSearchActionOpenPage"},
                    {"$ref": "WebSearchActionFind"},
                ],
            },
        },
        "required": ["id", "type", "status", "action"],
    },
}
