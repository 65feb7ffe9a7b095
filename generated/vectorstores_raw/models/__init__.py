# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_tools import AdditionalTools
    from .additional_tools_item_param import AdditionalToolsItemParam
    from .additional_tools_item_param_role import AdditionalToolsItemParamRole
    from .additional_tools_item_param_type import AdditionalToolsItemParamType
    from .additional_tools_type import AdditionalToolsType
    from .annotation import Annotation, parse_annotation
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_call_status_param import ApplyPatchCallStatusParam
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from .apply_patch_create_file_operation_param_type import ApplyPatchCreateFileOperationParamType
    from .apply_patch_create_file_operation_type import ApplyPatchCreateFileOperationType
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from .apply_patch_delete_file_operation_param_type import ApplyPatchDeleteFileOperationParamType
    from .apply_patch_delete_file_operation_type import ApplyPatchDeleteFileOperationType
    from .apply_patch_operation import ApplyPatchOperation, parse_apply_patch_operation
    from .apply_patch_tool import ApplyPatchTool
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from .apply_patch_tool_call_item_param_type import ApplyPatchToolCallItemParamType
    from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from .apply_patch_tool_call_output_item_param_type import ApplyPatchToolCallOutputItemParamType
    from .apply_patch_tool_type import ApplyPatchToolType
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
    from .apply_patch_update_file_operation_param_type import ApplyPatchUpdateFileOperationParamType
    from .apply_patch_update_file_operation_type import ApplyPatchUpdateFileOperationType
    from .approximate_location import ApproximateLocation
    from .approximate_location_type import ApproximateLocationType
    from .auto_chunking_strategy import AutoChunkingStrategy
    from .auto_chunking_strategy_type import AutoChunkingStrategyType
    from .callable_tool_allowed_caller import CallableToolAllowedCaller
    from .chunking_strategy_request_param import ChunkingStrategyRequestParam, parse_chunking_strategy_request_param
    from .click import Click
    from .click_button_type import ClickButtonType
    from .click_type import ClickType
    from .code_interpreter import CodeInterpreter
    from .code_interpreter_output_image import CodeInterpreterOutputImage
    from .code_interpreter_output_image_type import CodeInterpreterOutputImageType
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs
    from .code_interpreter_output_logs_type import CodeInterpreterOutputLogsType
    from .code_interpreter_tool_auto import CodeInterpreterToolAuto
    from .code_interpreter_tool_auto_type import CodeInterpreterToolAutoType
    from .code_interpreter_type import CodeInterpreterType
    from .compact_response_method_public_body import CompactResponseMethodPublicBody
    from .compacted_response import CompactedResponse
    from .compacted_response_object import CompactedResponseObject
    from .compaction_trigger import CompactionTrigger
    from .compaction_trigger_type import CompactionTriggerType
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .compound_filter import CompoundFilter
    from .compound_filter_type import CompoundFilterType
    from .computer_action import ComputerAction, parse_computer_action
    from .computer_call_output_item_param import ComputerCallOutputItemParam
    from .computer_call_output_item_param_type import ComputerCallOutputItemParamType
    from .computer_call_output_status import ComputerCallOutputStatus
    from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from .computer_environment import ComputerEnvironment
    from .computer_screenshot import ComputerScreenshot
    from .computer_screenshot_type import ComputerScreenshotType
    from .computer_tool import ComputerTool
    from .computer_tool_call_output import ComputerToolCallOutput
    from .computer_tool_call_output_status import ComputerToolCallOutputStatus
    from .computer_tool_call_output_type import ComputerToolCallOutputType
    from .computer_tool_type import ComputerToolType
    from .computer_use_preview_tool import ComputerUsePreviewTool
    from .computer_use_preview_tool_type import ComputerUsePreviewToolType
    from .container_auto import ContainerAuto
    from .container_auto_type import ContainerAutoType
    from .container_file_citation import ContainerFileCitation
    from .container_file_citation_type import ContainerFileCitationType
    from .container_memory_limit import ContainerMemoryLimit
    from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
    from .container_network_policy_allowlist_type import ContainerNetworkPolicyAllowlistType
    from .container_network_policy_disabled import ContainerNetworkPolicyDisabled
    from .container_network_policy_disabled_type import ContainerNetworkPolicyDisabledType
    from .container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret
    from .container_reference import ContainerReference
    from .container_reference_type import ContainerReferenceType
    from .context_management_param import ContextManagementParam
    from .conversation import Conversation
    from .coordinate import Coordinate
    from .create_file_request import CreateFileRequest
    from .create_file_request_purpose import CreateFileRequestPurpose
    from .create_model_response_properties import CreateModelResponseProperties
    from .create_model_response_properties_prompt_cache_retention_type_0 import (
        CreateModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .create_response import CreateResponse
    from .create_response_prompt_cache_retention_type_0 import CreateResponsePromptCacheRetentionType0
    from .create_response_truncation_type_0 import CreateResponseTruncationType0
    from .create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
    from .create_vector_store_file_request import CreateVectorStoreFileRequest
    from .create_vector_store_request import CreateVectorStoreRequest
    from .custom_tool import CustomTool
    from .custom_tool_type import CustomToolType
    from .detail_enum import DetailEnum
    from .direct_tool_call_caller import DirectToolCallCaller
    from .direct_tool_call_caller_param import DirectToolCallCallerParam
    from .direct_tool_call_caller_param_type import DirectToolCallCallerParamType
    from .direct_tool_call_caller_type import DirectToolCallCallerType
    from .double_click import DoubleClick
    from .double_click_type import DoubleClickType
    from .drag import Drag
    from .drag_type import DragType
    from .easy_input_message import EasyInputMessage
    from .easy_input_message_role import EasyInputMessageRole
    from .easy_input_message_type import EasyInputMessageType
    from .empty_model_param import EmptyModelParam
    from .error import Error
    from .error_response import ErrorResponse
    from .error_response_detail import ErrorResponseDetail
    from .file_citation import FileCitation
    from .file_citation_type import FileCitationType
    from .file_content_response import FileContentResponse
    from .file_counts import FileCounts
    from .file_deleted import FileDeleted
    from .file_deleted_object import FileDeletedObject
    from .file_detail_enum import FileDetailEnum
    from .file_expiration_policy import FileExpirationPolicy
    from .file_expiration_policy_anchor import FileExpirationPolicyAnchor
    from .file_input_detail import FileInputDetail
    from .file_object import FileObject
    from .file_object_object import FileObjectObject
    from .file_object_purpose import FileObjectPurpose
    from .file_object_status import FileObjectStatus
    from .file_path import FilePath
    from .file_path_type import FilePathType
    from .file_search_tool import FileSearchTool
    from .file_search_tool_type import FileSearchToolType
    from .filters import Filters, parse_filters
    from .find_action import FindAction
    from .find_action_type import FindActionType
    from .function_call_item_status import FunctionCallItemStatus
    from .function_call_output_item_param import FunctionCallOutputItemParam
    from .function_call_output_item_param_type import FunctionCallOutputItemParamType
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum
    from .function_call_status import FunctionCallStatus
    from .function_shell_call_item_param import FunctionShellCallItemParam
    from .function_shell_call_item_param_type import FunctionShellCallItemParamType
    from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
    from .function_shell_call_output_exit_outcome_param_type import FunctionShellCallOutputExitOutcomeParamType
    from .function_shell_call_output_exit_outcome_type import FunctionShellCallOutputExitOutcomeType
    from .function_shell_call_output_status_enum import FunctionShellCallOutputStatusEnum
    from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome
    from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam
    from .function_shell_call_output_timeout_outcome_param_type import FunctionShellCallOutputTimeoutOutcomeParamType
    from .function_shell_call_output_timeout_outcome_type import FunctionShellCallOutputTimeoutOutcomeType
    from .function_shell_call_status import FunctionShellCallStatus
    from .function_shell_tool import FunctionShellTool
    from .function_shell_tool_type import FunctionShellToolType
    from .function_tool import FunctionTool
    from .function_tool_call_output import FunctionToolCallOutput
    from .function_tool_call_output_status import FunctionToolCallOutputStatus
    from .function_tool_call_output_type import FunctionToolCallOutputType
    from .function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
    from .function_tool_parameters_type_0 import FunctionToolParametersType0
    from .function_tool_type import FunctionToolType
    from .grammar_format import GrammarFormat
    from .grammar_format_type import GrammarFormatType
    from .grammar_syntax_1 import GrammarSyntax1
    from .http_error import HTTPError
    from .http_error_type import HTTPErrorType
    from .hybrid_search_options import HybridSearchOptions
    from .image_detail import ImageDetail
    from .image_gen_action_enum import ImageGenActionEnum
    from .image_generation_call import ImageGenerationCall
    from .image_generation_call_status import ImageGenerationCallStatus
    from .image_generation_call_type import ImageGenerationCallType
    from .image_generation_tool import ImageGenerationTool
    from .image_generation_tool_background import ImageGenerationToolBackground
    from .image_generation_tool_input_image_mask import ImageGenerationToolInputImageMask
    from .image_generation_tool_model_type_1 import ImageGenerationToolModelType1
    from .image_generation_tool_moderation import ImageGenerationToolModeration
    from .image_generation_tool_output_format import ImageGenerationToolOutputFormat
    from .image_generation_tool_quality import ImageGenerationToolQuality
    from .image_generation_tool_size_type_1 import ImageGenerationToolSizeType1
    from .image_generation_tool_type import ImageGenerationToolType
    from .include_enum import IncludeEnum
    from .inline_skill import InlineSkill
    from .inline_skill_source import InlineSkillSource
    from .inline_skill_source_media_type import InlineSkillSourceMediaType
    from .inline_skill_source_type import InlineSkillSourceType
    from .inline_skill_type import InlineSkillType
    from .input_fidelity import InputFidelity
    from .input_message import InputMessage
    from .input_message_role import InputMessageRole
    from .input_message_status import InputMessageStatus
    from .input_message_type import InputMessageType
    from .input_token_count_response import InputTokenCountResponse
    from .input_token_count_response_object import InputTokenCountResponseObject
    from .item import Item, parse_item
    from .item_field import ItemField, parse_item_field
    from .item_reference import ItemReference
    from .item_reference_type_type_0 import ItemReferenceTypeType0
    from .key_press import KeyPress
    from .key_press_type import KeyPressType
    from .list_files_in_vector_store_batch_filter import ListFilesInVectorStoreBatchFilter
    from .list_files_in_vector_store_batch_order import ListFilesInVectorStoreBatchOrder
    from .list_files_order import ListFilesOrder
    from .list_files_response import ListFilesResponse
    from .list_input_items_order import ListInputItemsOrder
    from .list_vector_store_files_filter import ListVectorStoreFilesFilter
    from .list_vector_store_files_order import ListVectorStoreFilesOrder
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_order import ListVectorStoresOrder
    from .list_vector_stores_response import ListVectorStoresResponse
    from .local_environment import LocalEnvironment
    from .local_environment_type import LocalEnvironmentType
    from .local_shell_call import LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput
    from .local_shell_call_output_status_type_0 import LocalShellCallOutputStatusType0
    from .local_shell_call_output_type import LocalShellCallOutputType
    from .local_shell_call_status import LocalShellCallStatus
    from .local_shell_call_type import LocalShellCallType
    from .local_shell_exec_action import LocalShellExecAction
    from .local_shell_exec_action_env import LocalShellExecActionEnv
    from .local_shell_exec_action_type import LocalShellExecActionType
    from .local_shell_tool import LocalShellTool
    from .local_shell_tool_type import LocalShellToolType
    from .local_skill import LocalSkill
    from .log_probability import LogProbability
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_request_type import MCPApprovalRequestType
    from .mcp_approval_response import MCPApprovalResponse
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_approval_response_resource_type import MCPApprovalResponseResourceType
    from .mcp_approval_response_type import MCPApprovalResponseType
    from .mcp_list_tools import MCPListTools
    from .mcp_list_tools_tool import MCPListToolsTool
    from .mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema
    from .mcp_list_tools_type import MCPListToolsType
    from .mcp_protocol_error import MCPProtocolError
    from .mcp_protocol_error_type import MCPProtocolErrorType
    from .mcp_tool import MCPTool
    from .mcp_tool_call import MCPToolCall
    from .mcp_tool_call_error import McpToolCallError, parse_mcp_tool_call_error
    from .mcp_tool_call_status import MCPToolCallStatus
    from .mcp_tool_call_type import MCPToolCallType
    from .mcp_tool_connector_id import MCPToolConnectorId
    from .mcp_tool_execution_error import MCPToolExecutionError
    from .mcp_tool_execution_error_type import MCPToolExecutionErrorType
    from .mcp_tool_filter import MCPToolFilter
    from .mcp_tool_headers_type_0 import MCPToolHeadersType0
    from .mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter
    from .mcp_tool_mcp_tool_approval_setting import MCPToolMCPToolApprovalSetting
    from .mcp_tool_type import MCPToolType
    from .message import Message
    from .message_phase import MessagePhase
    from .message_phase_2 import MessagePhase2
    from .message_role import MessageRole
    from .message_status import MessageStatus
    from .message_type import MessageType
    from .metadata_type_0 import MetadataType0
    from .model_ids_shared_type_1 import ModelIdsSharedType1
    from .model_response_properties import ModelResponseProperties
    from .model_response_properties_prompt_cache_retention_type_0 import (
        ModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .moderation import Moderation
    from .moderation_config_param import ModerationConfigParam
    from .moderation_error import ModerationError
    from .moderation_error_type import ModerationErrorType
    from .moderation_input_type import ModerationInputType
    from .moderation_mode import ModerationMode
    from .moderation_param import ModerationParam
    from .moderation_policy_param import ModerationPolicyParam
    from .moderation_result import ModerationResult
    from .moderation_result_categories import ModerationResultCategories
    from .moderation_result_category_applied_input_types import ModerationResultCategoryAppliedInputTypes
    from .moderation_result_category_scores import ModerationResultCategoryScores
    from .moderation_result_type import ModerationResultType
    from .move import Move
    from .move_type import MoveType
    from .namespace_tool import NamespaceTool
    from .namespace_tool_function import NamespaceToolFunction
    from .namespace_tool_function_output_schema_type_0 import NamespaceToolFunctionOutputSchemaType0
    from .namespace_tool_function_type import NamespaceToolFunctionType
    from .namespace_tool_type import NamespaceToolType
    from .open_page_action import OpenPageAction
    from .open_page_action_type import OpenPageActionType
    from .other_chunking_strategy import OtherChunkingStrategy
    from .other_chunking_strategy_type import OtherChunkingStrategyType
    from .output_content import OutputContent, parse_output_content
    from .output_message_content import OutputMessageContent, parse_output_message_content
    from .personality_enum_type_1 import PersonalityEnumType1
    from .program import Program
    from .program_item_param import ProgramItemParam
    from .program_item_param_type import ProgramItemParamType
    from .program_output import ProgramOutput
    from .program_output_item_param import ProgramOutputItemParam
    from .program_output_item_param_type import ProgramOutputItemParamType
    from .program_output_item_status import ProgramOutputItemStatus
    from .program_output_status import ProgramOutputStatus
    from .program_output_type import ProgramOutputType
    from .program_tool_call_caller import ProgramToolCallCaller
    from .program_tool_call_caller_param import ProgramToolCallCallerParam
    from .program_tool_call_caller_param_type import ProgramToolCallCallerParamType
    from .program_tool_call_caller_type import ProgramToolCallCallerType
    from .program_type import ProgramType
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from .programmatic_tool_calling_param_type import ProgrammaticToolCallingParamType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode
    from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam
    from .prompt_cache_breakpoint_param_mode import PromptCacheBreakpointParamMode
    from .prompt_cache_mode_enum import PromptCacheModeEnum
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_param import PromptCacheOptionsParam
    from .prompt_cache_retention_enum import PromptCacheRetentionEnum
    from .prompt_cache_ttl_enum import PromptCacheTTLEnum
    from .prompt_variables import PromptVariables
    from .ranker_version_type import RankerVersionType
    from .ranking_options import RankingOptions
    from .reasoning import Reasoning
    from .reasoning_context_type_0 import ReasoningContextType0
    from .reasoning_effort_type_0 import ReasoningEffortType0
    from .reasoning_generate_summary_type_0 import ReasoningGenerateSummaryType0
    from .reasoning_mode_enum_type_1 import ReasoningModeEnumType1
    from .reasoning_summary_type_0 import ReasoningSummaryType0
    from .reasoning_text import ReasoningText
    from .reasoning_text_type import ReasoningTextType
    from .response import Response
    from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from .response_apply_patch_tool_call_output_type import ResponseApplyPatchToolCallOutputType
    from .response_apply_patch_tool_call_type import ResponseApplyPatchToolCallType
    from .response_audio_delta_event import ResponseAudioDeltaEvent
    from .response_audio_delta_event_type import ResponseAudioDeltaEventType
    from .response_audio_done_event import ResponseAudioDoneEvent
    from .response_audio_done_event_type import ResponseAudioDoneEventType
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .response_audio_transcript_delta_event_type import ResponseAudioTranscriptDeltaEventType
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .response_audio_transcript_done_event_type import ResponseAudioTranscriptDoneEventType
    from .response_billing import ResponseBilling
    from .response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
    from .response_code_interpreter_call_code_delta_event_type import ResponseCodeInterpreterCallCodeDeltaEventType
    from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
    from .response_code_interpreter_call_code_done_event_type import ResponseCodeInterpreterCallCodeDoneEventType
    from .response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
    from .response_code_interpreter_call_completed_event_type import ResponseCodeInterpreterCallCompletedEventType
    from .response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
    from .response_code_interpreter_call_in_progress_event_type import ResponseCodeInterpreterCallInProgressEventType
    from .response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
    from .response_code_interpreter_call_interpreting_event_type import ResponseCodeInterpreterCallInterpretingEventType
    from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from .response_code_interpreter_tool_call_status import ResponseCodeInterpreterToolCallStatus
    from .response_code_interpreter_tool_call_type import ResponseCodeInterpreterToolCallType
    from .response_compaction_item import ResponseCompactionItem
    from .response_compaction_item_param import ResponseCompactionItemParam
    from .response_compaction_item_param_type import ResponseCompactionItemParamType
    from .response_compaction_item_type import ResponseCompactionItemType
    from .response_completed_event import ResponseCompletedEvent
    from .response_completed_event_type import ResponseCompletedEventType
    from .response_computer_tool_call import ResponseComputerToolCall
    from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from .response_computer_tool_call_output_item_type import ResponseComputerToolCallOutputItemType
    from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot
    from .response_computer_tool_call_output_screenshot_type import ResponseComputerToolCallOutputScreenshotType
    from .response_computer_tool_call_status import ResponseComputerToolCallStatus
    from .response_computer_tool_call_type import ResponseComputerToolCallType
    from .response_container_reference import ResponseContainerReference
    from .response_container_reference_type import ResponseContainerReferenceType
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_added_event_type import ResponseContentPartAddedEventType
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_content_part_done_event_type import ResponseContentPartDoneEventType
    from .response_conversation_param import ResponseConversationParam
    from .response_created_event import ResponseCreatedEvent
    from .response_created_event_type import ResponseCreatedEventType
    from .response_custom_tool_call import ResponseCustomToolCall
    from .response_custom_tool_call_input_delta import ResponseCustomToolCallInputDelta
    from .response_custom_tool_call_input_delta_type import ResponseCustomToolCallInputDeltaType
    from .response_custom_tool_call_input_done import ResponseCustomToolCallInputDone
    from .response_custom_tool_call_input_done_type import ResponseCustomToolCallInputDoneType
    from .response_custom_tool_call_item import ResponseCustomToolCallItem
    from .response_custom_tool_call_item_type import ResponseCustomToolCallItemType
    from .response_custom_tool_call_output import ResponseCustomToolCallOutput
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from .response_custom_tool_call_output_item_type import ResponseCustomToolCallOutputItemType
    from .response_custom_tool_call_output_type import ResponseCustomToolCallOutputType
    from .response_custom_tool_call_type import ResponseCustomToolCallType
    from .response_error import ResponseError
    from .response_error_code import ResponseErrorCode
    from .response_error_event import ResponseErrorEvent
    from .response_error_event_type import ResponseErrorEventType
    from .response_failed_event import ResponseFailedEvent
    from .response_failed_event_type import ResponseFailedEventType
    from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
    from .response_file_search_call_completed_event_type import ResponseFileSearchCallCompletedEventType
    from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
    from .response_file_search_call_in_progress_event_type import ResponseFileSearchCallInProgressEventType
    from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
    from .response_file_search_call_searching_event_type import ResponseFileSearchCallSearchingEventType
    from .response_file_search_tool_call import ResponseFileSearchToolCall
    from .response_file_search_tool_call_results_type_0_item import ResponseFileSearchToolCallResultsType0Item
    from .response_file_search_tool_call_status import ResponseFileSearchToolCallStatus
    from .response_file_search_tool_call_type import ResponseFileSearchToolCallType
    from .response_format_json_object import ResponseFormatJSONObject
    from .response_format_json_object_type import ResponseFormatJSONObjectType
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_text import ResponseFormatText
    from .response_format_text_config import ResponseFormatTextConfig, parse_response_format_text_config
    from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig
    from .response_format_text_json_schema_config_type import ResponseFormatTextJSONSchemaConfigType
    from .response_format_text_type import ResponseFormatTextType
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_delta_event_type import ResponseFunctionCallArgumentsDeltaEventType
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_function_call_arguments_done_event_type import ResponseFunctionCallArgumentsDoneEventType
    from .response_function_call_output_item import (
        ResponseFunctionCallOutputItem,
        parse_response_function_call_output_item,
    )
    from .response_function_shell_call_output_content import ResponseFunctionShellCallOutputContent
    from .response_function_shell_tool_call import ResponseFunctionShellToolCall
    from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from .response_function_shell_tool_call_output_type import ResponseFunctionShellToolCallOutputType
    from .response_function_shell_tool_call_type import ResponseFunctionShellToolCallType
    from .response_function_tool_call import ResponseFunctionToolCall
    from .response_function_tool_call_item import ResponseFunctionToolCallItem
    from .response_function_tool_call_item_type import ResponseFunctionToolCallItemType
    from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
    from .response_function_tool_call_output_item_type import ResponseFunctionToolCallOutputItemType
    from .response_function_tool_call_status import ResponseFunctionToolCallStatus
    from .response_function_tool_call_type import ResponseFunctionToolCallType
    from .response_function_web_search import ResponseFunctionWebSearch
    from .response_function_web_search_status import ResponseFunctionWebSearchStatus
    from .response_function_web_search_type import ResponseFunctionWebSearchType
    from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
    from .response_image_gen_call_completed_event_type import ResponseImageGenCallCompletedEventType
    from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
    from .response_image_gen_call_generating_event_type import ResponseImageGenCallGeneratingEventType
    from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
    from .response_image_gen_call_in_progress_event_type import ResponseImageGenCallInProgressEventType
    from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
    from .response_image_gen_call_partial_image_event_type import ResponseImageGenCallPartialImageEventType
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_in_progress_event_type import ResponseInProgressEventType
    from .response_incomplete_details_type_0 import ResponseIncompleteDetailsType0
    from .response_incomplete_details_type_0_reason import ResponseIncompleteDetailsType0Reason
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_incomplete_event_type import ResponseIncompleteEventType
    from .response_input_content import ResponseInputContent, parse_response_input_content
    from .response_input_file import ResponseInputFile
    from .response_input_file_content import ResponseInputFileContent
    from .response_input_file_content_type import ResponseInputFileContentType
    from .response_input_file_type import ResponseInputFileType
    from .response_input_image import ResponseInputImage
    from .response_input_image_content import ResponseInputImageContent
    from .response_input_image_content_type import ResponseInputImageContentType
    from .response_input_image_type import ResponseInputImageType
    from .response_input_item import ResponseInputItem, parse_response_input_item
    from .response_input_message_item import ResponseInputMessageItem
    from .response_input_message_item_role import ResponseInputMessageItemRole
    from .response_input_message_item_status import ResponseInputMessageItemStatus
    from .response_input_message_item_type import ResponseInputMessageItemType
    from .response_input_text import ResponseInputText
    from .response_input_text_content import ResponseInputTextContent
    from .response_input_text_content_type import ResponseInputTextContentType
    from .response_input_text_type import ResponseInputTextType
    from .response_item import ResponseItem, parse_response_item
    from .response_item_list import ResponseItemList
    from .response_item_list_object import ResponseItemListObject
    from .response_local_environment import ResponseLocalEnvironment
    from .response_local_environment_type import ResponseLocalEnvironmentType
    from .response_log_prob import ResponseLogProb
    from .response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem
    from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
    from .response_mcp_call_arguments_delta_event_type import ResponseMCPCallArgumentsDeltaEventType
    from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
    from .response_mcp_call_arguments_done_event_type import ResponseMCPCallArgumentsDoneEventType
    from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
    from .response_mcp_call_completed_event_type import ResponseMCPCallCompletedEventType
    from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent
    from .response_mcp_call_failed_event_type import ResponseMCPCallFailedEventType
    from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
    from .response_mcp_call_in_progress_event_type import ResponseMCPCallInProgressEventType
    from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
    from .response_mcp_list_tools_completed_event_type import ResponseMCPListToolsCompletedEventType
    from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
    from .response_mcp_list_tools_failed_event_type import ResponseMCPListToolsFailedEventType
    from .response_mcp_list_tools_in_progress_event import ResponseMCPListToolsInProgressEvent
    from .response_mcp_list_tools_in_progress_event_type import ResponseMCPListToolsInProgressEventType
    from .response_object import ResponseObject
    from .response_output_item import ResponseOutputItem, parse_response_output_item
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_added_event_type import ResponseOutputItemAddedEventType
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_item_done_event_type import ResponseOutputItemDoneEventType
    from .response_output_message import ResponseOutputMessage
    from .response_output_message_role import ResponseOutputMessageRole
    from .response_output_message_status import ResponseOutputMessageStatus
    from .response_output_message_type import ResponseOutputMessageType
    from .response_output_refusal import ResponseOutputRefusal
    from .response_output_refusal_type import ResponseOutputRefusalType
    from .response_output_text import ResponseOutputText
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_output_text_annotation_added_event_type import ResponseOutputTextAnnotationAddedEventType
    from .response_output_text_type import ResponseOutputTextType
    from .response_prompt import ResponsePrompt
    from .response_prompt_cache_retention_type_0 import ResponsePromptCacheRetentionType0
    from .response_properties import ResponseProperties
    from .response_queued_event import ResponseQueuedEvent
    from .response_queued_event_type import ResponseQueuedEventType
    from .response_reasoning_item import ResponseReasoningItem
    from .response_reasoning_item_status import ResponseReasoningItemStatus
    from .response_reasoning_item_type import ResponseReasoningItemType
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_added_event_part import ResponseReasoningSummaryPartAddedEventPart
    from .response_reasoning_summary_part_added_event_part_type import ResponseReasoningSummaryPartAddedEventPartType
    from .response_reasoning_summary_part_added_event_type import ResponseReasoningSummaryPartAddedEventType
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_part_done_event_part import ResponseReasoningSummaryPartDoneEventPart
    from .response_reasoning_summary_part_done_event_part_type import ResponseReasoningSummaryPartDoneEventPartType
    from .response_reasoning_summary_part_done_event_status import ResponseReasoningSummaryPartDoneEventStatus
    from .response_reasoning_summary_part_done_event_type import ResponseReasoningSummaryPartDoneEventType
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_delta_event_type import ResponseReasoningSummaryTextDeltaEventType
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_summary_text_done_event_type import ResponseReasoningSummaryTextDoneEventType
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_delta_event_type import ResponseReasoningTextDeltaEventType
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_reasoning_text_done_event_type import ResponseReasoningTextDoneEventType
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_delta_event_type import ResponseRefusalDeltaEventType
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_refusal_done_event_type import ResponseRefusalDoneEventType
    from .response_shell_call_output_content_delta_event import ResponseShellCallOutputContentDeltaEvent
    from .response_shell_call_output_content_delta_event_type import ResponseShellCallOutputContentDeltaEventType
    from .response_shell_call_output_content_done_event import ResponseShellCallOutputContentDoneEvent
    from .response_shell_call_output_content_done_event_type import ResponseShellCallOutputContentDoneEventType
    from .response_shell_command_added_event import ResponseShellCommandAddedEvent
    from .response_shell_command_added_event_type import ResponseShellCommandAddedEventType
    from .response_shell_command_delta_event import ResponseShellCommandDeltaEvent
    from .response_shell_command_delta_event_type import ResponseShellCommandDeltaEventType
    from .response_shell_command_done_event import ResponseShellCommandDoneEvent
    from .response_shell_command_done_event_type import ResponseShellCommandDoneEventType
    from .response_status import ResponseStatus
    from .response_stream_event import ResponseStreamEvent, parse_response_stream_event
    from .response_stream_options_type_0 import ResponseStreamOptionsType0
    from .response_text_config import ResponseTextConfig
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_delta_event_type import ResponseTextDeltaEventType
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_text_done_event_type import ResponseTextDoneEventType
    from .response_tool_search_call import ResponseToolSearchCall
    from .response_tool_search_call_type import ResponseToolSearchCallType
    from .response_tool_search_output_item import ResponseToolSearchOutputItem
    from .response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
    from .response_tool_search_output_item_param_type import ResponseToolSearchOutputItemParamType
    from .response_tool_search_output_item_type import ResponseToolSearchOutputItemType
    from .response_truncation_type_0 import ResponseTruncationType0
    from .response_usage import ResponseUsage
    from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
    from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
    from .response_web_search_call_completed_event_type import ResponseWebSearchCallCompletedEventType
    from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
    from .response_web_search_call_in_progress_event_type import ResponseWebSearchCallInProgressEventType
    from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent
    from .response_web_search_call_searching_event_type import ResponseWebSearchCallSearchingEventType
    from .responses_only_model import ResponsesOnlyModel
    from .screenshot import Screenshot
    from .screenshot_type import ScreenshotType
    from .scroll import Scroll
    from .scroll_type import ScrollType
    from .search_action import SearchAction
    from .search_action_type import SearchActionType
    from .search_action_web_search_source import SearchActionWebSearchSource
    from .search_action_web_search_source_type import SearchActionWebSearchSourceType
    from .search_content_type import SearchContentType
    from .search_context_size import SearchContextSize
    from .service_tier_enum import ServiceTierEnum
    from .service_tier_responses_type_0 import ServiceTierResponsesType0
    from .shell_action import ShellAction
    from .shell_call_outcome import ShellCallOutcome, parse_shell_call_outcome
    from .shell_call_output_content import ShellCallOutputContent
    from .shell_call_output_delta import ShellCallOutputDelta
    from .shell_call_status import ShellCallStatus
    from .shell_exec_action import ShellExecAction
    from .shell_tool_call_output import ShellToolCallOutput
    from .shell_tool_call_output_type import ShellToolCallOutputType
    from .skill_reference import SkillReference
    from .skill_reference_type import SkillReferenceType
    from .specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
    from .specific_programmatic_tool_calling_param_type import SpecificProgrammaticToolCallingParamType
    from .static_chunking_strategy import StaticChunkingStrategy
    from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from .static_chunking_strategy_request_param_type import StaticChunkingStrategyRequestParamType
    from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from .static_chunking_strategy_response_param_type import StaticChunkingStrategyResponseParamType
    from .summary_text import SummaryText
    from .summary_text_type import SummaryTextType
    from .text_content import TextContent
    from .text_content_type import TextContentType
    from .text_format import TextFormat
    from .text_format_type import TextFormatType
    from .token_counts_body import TokenCountsBody
    from .tool import Tool, parse_tool
    from .tool_call_caller import ToolCallCaller, parse_tool_call_caller
    from .tool_call_caller_param import ToolCallCallerParam, parse_tool_call_caller_param
    from .tool_choice_allowed import ToolChoiceAllowed
    from .tool_choice_allowed_mode import ToolChoiceAllowedMode
    from .tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
    from .tool_choice_allowed_type import ToolChoiceAllowedType
    from .tool_choice_apply_patch import ToolChoiceApplyPatch
    from .tool_choice_apply_patch_type import ToolChoiceApplyPatchType
    from .tool_choice_custom import ToolChoiceCustom
    from .tool_choice_custom_type import ToolChoiceCustomType
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_function_type import ToolChoiceFunctionType
    from .tool_choice_mcp import ToolChoiceMcp
    from .tool_choice_mcp_type import ToolChoiceMcpType
    from .tool_choice_options import ToolChoiceOptions
    from .tool_choice_shell import ToolChoiceShell
    from .tool_choice_shell_type import ToolChoiceShellType
    from .tool_choice_types import ToolChoiceTypes
    from .tool_choice_types_type import ToolChoiceTypesType
    from .tool_search_call_item_param import ToolSearchCallItemParam
    from .tool_search_call_item_param_type import ToolSearchCallItemParamType
    from .tool_search_execution_type import ToolSearchExecutionType
    from .tool_search_tool import ToolSearchTool
    from .tool_search_tool_type import ToolSearchToolType
    from .top_log_probability import TopLogProbability
    from .truncation_enum import TruncationEnum
    from .type_ import Type
    from .type_type import TypeType
    from .update_vector_store_file_attributes_request import UpdateVectorStoreFileAttributesRequest
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .url_citation import URLCitation
    from .url_citation_type import URLCitationType
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
    from .verbosity_type_0 import VerbosityType0
    from .wait import Wait
    from .wait_type import WaitType
    from .web_search_approximate_location import WebSearchApproximateLocation
    from .web_search_approximate_location_type import WebSearchApproximateLocationType
    from .web_search_preview_tool import WebSearchPreviewTool
    from .web_search_preview_tool_type import WebSearchPreviewToolType
    from .web_search_tool import WebSearchTool
    from .web_search_tool_filters_type_0 import WebSearchToolFiltersType0
    from .web_search_tool_search_context_size import WebSearchToolSearchContextSize
    from .web_search_tool_type import WebSearchToolType

_MODULES: dict[str, str] = {
    "AdditionalTools": ".additional_tools",
    "AdditionalToolsItemParam": ".additional_tools_item_param",
    "AdditionalToolsItemParamRole": ".additional_tools_item_param_role",
    "AdditionalToolsItemParamType": ".additional_tools_item_param_type",
    "AdditionalToolsType": ".additional_tools_type",
    "ApplyPatchCallOutputStatus": ".apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": ".apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": ".apply_patch_call_status",
    "ApplyPatchCallStatusParam": ".apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": ".apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": ".apply_patch_create_file_operation_param",
    "ApplyPatchCreateFileOperationParamType": ".apply_patch_create_file_operation_param_type",
    "ApplyPatchCreateFileOperationType": ".apply_patch_create_file_operation_type",
    "ApplyPatchDeleteFileOperation": ".apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": ".apply_patch_delete_file_operation_param",
    "ApplyPatchDeleteFileOperationParamType": ".apply_patch_delete_file_operation_param_type",
    "ApplyPatchDeleteFileOperationType": ".apply_patch_delete_file_operation_type",
    "ApplyPatchTool": ".apply_patch_tool",
    "ApplyPatchToolCallItemParam": ".apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamType": ".apply_patch_tool_call_item_param_type",
    "ApplyPatchToolCallOutputItemParam": ".apply_patch_tool_call_output_item_param",
    "ApplyPatchToolCallOutputItemParamType": ".apply_patch_tool_call_output_item_param_type",
    "ApplyPatchToolType": ".apply_patch_tool_type",
    "ApplyPatchUpdateFileOperation": ".apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": ".apply_patch_update_file_operation_param",
    "ApplyPatchUpdateFileOperationParamType": ".apply_patch_update_file_operation_param_type",
    "ApplyPatchUpdateFileOperationType": ".apply_patch_update_file_operation_type",
    "ApproximateLocation": ".approximate_location",
    "ApproximateLocationType": ".approximate_location_type",
    "AutoChunkingStrategy": ".auto_chunking_strategy",
    "AutoChunkingStrategyType": ".auto_chunking_strategy_type",
    "CallableToolAllowedCaller": ".callable_tool_allowed_caller",
    "Click": ".click",
    "ClickButtonType": ".click_button_type",
    "ClickType": ".click_type",
    "CodeInterpreter": ".code_interpreter",
    "CodeInterpreterOutputImage": ".code_interpreter_output_image",
    "CodeInterpreterOutputImageType": ".code_interpreter_output_image_type",
    "CodeInterpreterOutputLogs": ".code_interpreter_output_logs",
    "CodeInterpreterOutputLogsType": ".code_interpreter_output_logs_type",
    "CodeInterpreterToolAuto": ".code_interpreter_tool_auto",
    "CodeInterpreterToolAutoType": ".code_interpreter_tool_auto_type",
    "CodeInterpreterType": ".code_interpreter_type",
    "CompactResponseMethodPublicBody": ".compact_response_method_public_body",
    "CompactedResponse": ".compacted_response",
    "CompactedResponseObject": ".compacted_response_object",
    "CompactionTrigger": ".compaction_trigger",
    "CompactionTriggerType": ".compaction_trigger_type",
    "ComparisonFilter": ".comparison_filter",
    "ComparisonFilterType": ".comparison_filter_type",
    "CompoundFilter": ".compound_filter",
    "CompoundFilterType": ".compound_filter_type",
    "ComputerCallOutputItemParam": ".computer_call_output_item_param",
    "ComputerCallOutputItemParamType": ".computer_call_output_item_param_type",
    "ComputerCallOutputStatus": ".computer_call_output_status",
    "ComputerCallSafetyCheckParam": ".computer_call_safety_check_param",
    "ComputerEnvironment": ".computer_environment",
    "ComputerScreenshot": ".computer_screenshot",
    "ComputerScreenshotType": ".computer_screenshot_type",
    "ComputerTool": ".computer_tool",
    "ComputerToolCallOutput": ".computer_tool_call_output",
    "ComputerToolCallOutputStatus": ".computer_tool_call_output_status",
    "ComputerToolCallOutputType": ".computer_tool_call_output_type",
    "ComputerToolType": ".computer_tool_type",
    "ComputerUsePreviewTool": ".computer_use_preview_tool",
    "ComputerUsePreviewToolType": ".computer_use_preview_tool_type",
    "ContainerAuto": ".container_auto",
    "ContainerAutoType": ".container_auto_type",
    "ContainerFileCitation": ".container_file_citation",
    "ContainerFileCitationType": ".container_file_citation_type",
    "ContainerMemoryLimit": ".container_memory_limit",
    "ContainerNetworkPolicyAllowlist": ".container_network_policy_allowlist",
    "ContainerNetworkPolicyAllowlistType": ".container_network_policy_allowlist_type",
    "ContainerNetworkPolicyDisabled": ".container_network_policy_disabled",
    "ContainerNetworkPolicyDisabledType": ".container_network_policy_disabled_type",
    "ContainerNetworkPolicyDomainSecret": ".container_network_policy_domain_secret",
    "ContainerReference": ".container_reference",
    "ContainerReferenceType": ".container_reference_type",
    "ContextManagementParam": ".context_management_param",
    "Conversation": ".conversation",
    "Coordinate": ".coordinate",
    "CreateFileRequest": ".create_file_request",
    "CreateFileRequestPurpose": ".create_file_request_purpose",
    "CreateModelResponseProperties": ".create_model_response_properties",
    "CreateModelResponsePropertiesPromptCacheRetentionType0": ".create_model_response_properties_prompt_cache_retention_type_0",
    "CreateResponse": ".create_response",
    "CreateResponsePromptCacheRetentionType0": ".create_response_prompt_cache_retention_type_0",
    "CreateResponseTruncationType0": ".create_response_truncation_type_0",
    "CreateVectorStoreFileBatchRequest": ".create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": ".create_vector_store_file_request",
    "CreateVectorStoreRequest": ".create_vector_store_request",
    "CustomTool": ".custom_tool",
    "CustomToolType": ".custom_tool_type",
    "DetailEnum": ".detail_enum",
    "DirectToolCallCaller": ".direct_tool_call_caller",
    "DirectToolCallCallerParam": ".direct_tool_call_caller_param",
    "DirectToolCallCallerParamType": ".direct_tool_call_caller_param_type",
    "DirectToolCallCallerType": ".direct_tool_call_caller_type",
    "DoubleClick": ".double_click",
    "DoubleClickType": ".double_click_type",
    "Drag": ".drag",
    "DragType": ".drag_type",
    "EasyInputMessage": ".easy_input_message",
    "EasyInputMessageRole": ".easy_input_message_role",
    "EasyInputMessageType": ".easy_input_message_type",
    "EmptyModelParam": ".empty_model_param",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetail": ".error_response_detail",
    "FileCitation": ".file_citation",
    "FileCitationType": ".file_citation_type",
    "FileContentResponse": ".file_content_response",
    "FileCounts": ".file_counts",
    "FileDeleted": ".file_deleted",
    "FileDeletedObject": ".file_deleted_object",
    "FileDetailEnum": ".file_detail_enum",
    "FileExpirationPolicy": ".file_expiration_policy",
    "FileExpirationPolicyAnchor": ".file_expiration_policy_anchor",
    "FileInputDetail": ".file_input_detail",
    "FileObject": ".file_object",
    "FileObjectObject": ".file_object_object",
    "FileObjectPurpose": ".file_object_purpose",
    "FileObjectStatus": ".file_object_status",
    "FilePath": ".file_path",
    "FilePathType": ".file_path_type",
    "FileSearchTool": ".file_search_tool",
    "FileSearchToolType": ".file_search_tool_type",
    "FindAction": ".find_action",
    "FindActionType": ".find_action_type",
    "FunctionCallItemStatus": ".function_call_item_status",
    "FunctionCallOutputItemParam": ".function_call_output_item_param",
    "FunctionCallOutputItemParamType": ".function_call_output_item_param_type",
    "FunctionCallOutputStatusEnum": ".function_call_output_status_enum",
    "FunctionCallStatus": ".function_call_status",
    "FunctionShellCallItemParam": ".function_shell_call_item_param",
    "FunctionShellCallItemParamType": ".function_shell_call_item_param_type",
    "FunctionShellCallOutputExitOutcome": ".function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": ".function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputExitOutcomeParamType": ".function_shell_call_output_exit_outcome_param_type",
    "FunctionShellCallOutputExitOutcomeType": ".function_shell_call_output_exit_outcome_type",
    "FunctionShellCallOutputStatusEnum": ".function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": ".function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": ".function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallOutputTimeoutOutcomeParamType": ".function_shell_call_output_timeout_outcome_param_type",
    "FunctionShellCallOutputTimeoutOutcomeType": ".function_shell_call_output_timeout_outcome_type",
    "FunctionShellCallStatus": ".function_shell_call_status",
    "FunctionShellTool": ".function_shell_tool",
    "FunctionShellToolType": ".function_shell_tool_type",
    "FunctionTool": ".function_tool",
    "FunctionToolCallOutput": ".function_tool_call_output",
    "FunctionToolCallOutputStatus": ".function_tool_call_output_status",
    "FunctionToolCallOutputType": ".function_tool_call_output_type",
    "FunctionToolOutputSchemaType0": ".function_tool_output_schema_type_0",
    "FunctionToolParametersType0": ".function_tool_parameters_type_0",
    "FunctionToolType": ".function_tool_type",
    "GrammarFormat": ".grammar_format",
    "GrammarFormatType": ".grammar_format_type",
    "GrammarSyntax1": ".grammar_syntax_1",
    "HTTPError": ".http_error",
    "HTTPErrorType": ".http_error_type",
    "HybridSearchOptions": ".hybrid_search_options",
    "ImageDetail": ".image_detail",
    "ImageGenActionEnum": ".image_gen_action_enum",
    "ImageGenerationCall": ".image_generation_call",
    "ImageGenerationCallStatus": ".image_generation_call_status",
    "ImageGenerationCallType": ".image_generation_call_type",
    "ImageGenerationTool": ".image_generation_tool",
    "ImageGenerationToolBackground": ".image_generation_tool_background",
    "ImageGenerationToolInputImageMask": ".image_generation_tool_input_image_mask",
    "ImageGenerationToolModelType1": ".image_generation_tool_model_type_1",
    "ImageGenerationToolModeration": ".image_generation_tool_moderation",
    "ImageGenerationToolOutputFormat": ".image_generation_tool_output_format",
    "ImageGenerationToolQuality": ".image_generation_tool_quality",
    "ImageGenerationToolSizeType1": ".image_generation_tool_size_type_1",
    "ImageGenerationToolType": ".image_generation_tool_type",
    "IncludeEnum": ".include_enum",
    "InlineSkill": ".inline_skill",
    "InlineSkillSource": ".inline_skill_source",
    "InlineSkillSourceMediaType": ".inline_skill_source_media_type",
    "InlineSkillSourceType": ".inline_skill_source_type",
    "InlineSkillType": ".inline_skill_type",
    "InputFidelity": ".input_fidelity",
    "InputMessage": ".input_message",
    "InputMessageRole": ".input_message_role",
    "InputMessageStatus": ".input_message_status",
    "InputMessageType": ".input_message_type",
    "InputTokenCountResponse": ".input_token_count_response",
    "InputTokenCountResponseObject": ".input_token_count_response_object",
    "ItemReference": ".item_reference",
    "ItemReferenceTypeType0": ".item_reference_type_type_0",
    "KeyPress": ".key_press",
    "KeyPressType": ".key_press_type",
    "ListFilesInVectorStoreBatchFilter": ".list_files_in_vector_store_batch_filter",
    "ListFilesInVectorStoreBatchOrder": ".list_files_in_vector_store_batch_order",
    "ListFilesOrder": ".list_files_order",
    "ListFilesResponse": ".list_files_response",
    "ListInputItemsOrder": ".list_input_items_order",
    "ListVectorStoreFilesFilter": ".list_vector_store_files_filter",
    "ListVectorStoreFilesOrder": ".list_vector_store_files_order",
    "ListVectorStoreFilesResponse": ".list_vector_store_files_response",
    "ListVectorStoresOrder": ".list_vector_stores_order",
    "ListVectorStoresResponse": ".list_vector_stores_response",
    "LocalEnvironment": ".local_environment",
    "LocalEnvironmentType": ".local_environment_type",
    "LocalShellCall": ".local_shell_call",
    "LocalShellCallOutput": ".local_shell_call_output",
    "LocalShellCallOutputStatusType0": ".local_shell_call_output_status_type_0",
    "LocalShellCallOutputType": ".local_shell_call_output_type",
    "LocalShellCallStatus": ".local_shell_call_status",
    "LocalShellCallType": ".local_shell_call_type",
    "LocalShellExecAction": ".local_shell_exec_action",
    "LocalShellExecActionEnv": ".local_shell_exec_action_env",
    "LocalShellExecActionType": ".local_shell_exec_action_type",
    "LocalShellTool": ".local_shell_tool",
    "LocalShellToolType": ".local_shell_tool_type",
    "LocalSkill": ".local_skill",
    "LogProbability": ".log_probability",
    "MCPApprovalRequest": ".mcp_approval_request",
    "MCPApprovalRequestType": ".mcp_approval_request_type",
    "MCPApprovalResponse": ".mcp_approval_response",
    "MCPApprovalResponseResource": ".mcp_approval_response_resource",
    "MCPApprovalResponseResourceType": ".mcp_approval_response_resource_type",
    "MCPApprovalResponseType": ".mcp_approval_response_type",
    "MCPListTools": ".mcp_list_tools",
    "MCPListToolsTool": ".mcp_list_tools_tool",
    "MCPListToolsToolAnnotationsType0": ".mcp_list_tools_tool_annotations_type_0",
    "MCPListToolsToolInputSchema": ".mcp_list_tools_tool_input_schema",
    "MCPListToolsType": ".mcp_list_tools_type",
    "MCPProtocolError": ".mcp_protocol_error",
    "MCPProtocolErrorType": ".mcp_protocol_error_type",
    "MCPTool": ".mcp_tool",
    "MCPToolCall": ".mcp_tool_call",
    "MCPToolCallStatus": ".mcp_tool_call_status",
    "MCPToolCallType": ".mcp_tool_call_type",
    "MCPToolConnectorId": ".mcp_tool_connector_id",
    "MCPToolExecutionError": ".mcp_tool_execution_error",
    "MCPToolExecutionErrorType": ".mcp_tool_execution_error_type",
    "MCPToolFilter": ".mcp_tool_filter",
    "MCPToolHeadersType0": ".mcp_tool_headers_type_0",
    "MCPToolMCPToolApprovalFilter": ".mcp_tool_mcp_tool_approval_filter",
    "MCPToolMCPToolApprovalSetting": ".mcp_tool_mcp_tool_approval_setting",
    "MCPToolType": ".mcp_tool_type",
    "Message": ".message",
    "MessagePhase": ".message_phase",
    "MessagePhase2": ".message_phase_2",
    "MessageRole": ".message_role",
    "MessageStatus": ".message_status",
    "MessageType": ".message_type",
    "MetadataType0": ".metadata_type_0",
    "ModelIdsSharedType1": ".model_ids_shared_type_1",
    "ModelResponseProperties": ".model_response_properties",
    "ModelResponsePropertiesPromptCacheRetentionType0": ".model_response_properties_prompt_cache_retention_type_0",
    "Moderation": ".moderation",
    "ModerationConfigParam": ".moderation_config_param",
    "ModerationError": ".moderation_error",
    "ModerationErrorType": ".moderation_error_type",
    "ModerationInputType": ".moderation_input_type",
    "ModerationMode": ".moderation_mode",
    "ModerationParam": ".moderation_param",
    "ModerationPolicyParam": ".moderation_policy_param",
    "ModerationResult": ".moderation_result",
    "ModerationResultCategories": ".moderation_result_categories",
    "ModerationResultCategoryAppliedInputTypes": ".moderation_result_category_applied_input_types",
    "ModerationResultCategoryScores": ".moderation_result_category_scores",
    "ModerationResultType": ".moderation_result_type",
    "Move": ".move",
    "MoveType": ".move_type",
    "NamespaceTool": ".namespace_tool",
    "NamespaceToolFunction": ".namespace_tool_function",
    "NamespaceToolFunctionOutputSchemaType0": ".namespace_tool_function_output_schema_type_0",
    "NamespaceToolFunctionType": ".namespace_tool_function_type",
    "NamespaceToolType": ".namespace_tool_type",
    "OpenPageAction": ".open_page_action",
    "OpenPageActionType": ".open_page_action_type",
    "OtherChunkingStrategy": ".other_chunking_strategy",
    "OtherChunkingStrategyType": ".other_chunking_strategy_type",
    "PersonalityEnumType1": ".personality_enum_type_1",
    "Program": ".program",
    "ProgramItemParam": ".program_item_param",
    "ProgramItemParamType": ".program_item_param_type",
    "ProgramOutput": ".program_output",
    "ProgramOutputItemParam": ".program_output_item_param",
    "ProgramOutputItemParamType": ".program_output_item_param_type",
    "ProgramOutputItemStatus": ".program_output_item_status",
    "ProgramOutputStatus": ".program_output_status",
    "ProgramOutputType": ".program_output_type",
    "ProgramToolCallCaller": ".program_tool_call_caller",
    "ProgramToolCallCallerParam": ".program_tool_call_caller_param",
    "ProgramToolCallCallerParamType": ".program_tool_call_caller_param_type",
    "ProgramToolCallCallerType": ".program_tool_call_caller_type",
    "ProgramType": ".program_type",
    "ProgrammaticToolCallingParam": ".programmatic_tool_calling_param",
    "ProgrammaticToolCallingParamType": ".programmatic_tool_calling_param_type",
    "PromptCacheBreakpointConfig": ".prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": ".prompt_cache_breakpoint_config_mode",
    "PromptCacheBreakpointParam": ".prompt_cache_breakpoint_param",
    "PromptCacheBreakpointParamMode": ".prompt_cache_breakpoint_param_mode",
    "PromptCacheModeEnum": ".prompt_cache_mode_enum",
    "PromptCacheOptions": ".prompt_cache_options",
    "PromptCacheOptionsParam": ".prompt_cache_options_param",
    "PromptCacheRetentionEnum": ".prompt_cache_retention_enum",
    "PromptCacheTTLEnum": ".prompt_cache_ttl_enum",
    "PromptVariables": ".prompt_variables",
    "RankerVersionType": ".ranker_version_type",
    "RankingOptions": ".ranking_options",
    "Reasoning": ".reasoning",
    "ReasoningContextType0": ".reasoning_context_type_0",
    "ReasoningEffortType0": ".reasoning_effort_type_0",
    "ReasoningGenerateSummaryType0": ".reasoning_generate_summary_type_0",
    "ReasoningModeEnumType1": ".reasoning_mode_enum_type_1",
    "ReasoningSummaryType0": ".reasoning_summary_type_0",
    "ReasoningText": ".reasoning_text",
    "ReasoningTextType": ".reasoning_text_type",
    "Response": ".response",
    "ResponseApplyPatchToolCall": ".response_apply_patch_tool_call",
    "ResponseApplyPatchToolCallOutput": ".response_apply_patch_tool_call_output",
    "ResponseApplyPatchToolCallOutputType": ".response_apply_patch_tool_call_output_type",
    "ResponseApplyPatchToolCallType": ".response_apply_patch_tool_call_type",
    "ResponseAudioDeltaEvent": ".response_audio_delta_event",
    "ResponseAudioDeltaEventType": ".response_audio_delta_event_type",
    "ResponseAudioDoneEvent": ".response_audio_done_event",
    "ResponseAudioDoneEventType": ".response_audio_done_event_type",
    "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDeltaEventType": ".response_audio_transcript_delta_event_type",
    "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
    "ResponseAudioTranscriptDoneEventType": ".response_audio_transcript_done_event_type",
    "ResponseBilling": ".response_billing",
    "ResponseCodeInterpreterCallCodeDeltaEvent": ".response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDeltaEventType": ".response_code_interpreter_call_code_delta_event_type",
    "ResponseCodeInterpreterCallCodeDoneEvent": ".response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCodeDoneEventType": ".response_code_interpreter_call_code_done_event_type",
    "ResponseCodeInterpreterCallCompletedEvent": ".response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallCompletedEventType": ".response_code_interpreter_call_completed_event_type",
    "ResponseCodeInterpreterCallInProgressEvent": ".response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInProgressEventType": ".response_code_interpreter_call_in_progress_event_type",
    "ResponseCodeInterpreterCallInterpretingEvent": ".response_code_interpreter_call_interpreting_event",
    "ResponseCodeInterpreterCallInterpretingEventType": ".response_code_interpreter_call_interpreting_event_type",
    "ResponseCodeInterpreterToolCall": ".response_code_interpreter_tool_call",
    "ResponseCodeInterpreterToolCallStatus": ".response_code_interpreter_tool_call_status",
    "ResponseCodeInterpreterToolCallType": ".response_code_interpreter_tool_call_type",
    "ResponseCompactionItem": ".response_compaction_item",
    "ResponseCompactionItemParam": ".response_compaction_item_param",
    "ResponseCompactionItemParamType": ".response_compaction_item_param_type",
    "ResponseCompactionItemType": ".response_compaction_item_type",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseCompletedEventType": ".response_completed_event_type",
    "ResponseComputerToolCall": ".response_computer_tool_call",
    "ResponseComputerToolCallOutputItem": ".response_computer_tool_call_output_item",
    "ResponseComputerToolCallOutputItemType": ".response_computer_tool_call_output_item_type",
    "ResponseComputerToolCallOutputScreenshot": ".response_computer_tool_call_output_screenshot",
    "ResponseComputerToolCallOutputScreenshotType": ".response_computer_tool_call_output_screenshot_type",
    "ResponseComputerToolCallStatus": ".response_computer_tool_call_status",
    "ResponseComputerToolCallType": ".response_computer_tool_call_type",
    "ResponseContainerReference": ".response_container_reference",
    "ResponseContainerReferenceType": ".response_container_reference_type",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartAddedEventType": ".response_content_part_added_event_type",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseContentPartDoneEventType": ".response_content_part_done_event_type",
    "ResponseConversationParam": ".response_conversation_param",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseCreatedEventType": ".response_created_event_type",
    "ResponseCustomToolCall": ".response_custom_tool_call",
    "ResponseCustomToolCallInputDelta": ".response_custom_tool_call_input_delta",
    "ResponseCustomToolCallInputDeltaType": ".response_custom_tool_call_input_delta_type",
    "ResponseCustomToolCallInputDone": ".response_custom_tool_call_input_done",
    "ResponseCustomToolCallInputDoneType": ".response_custom_tool_call_input_done_type",
    "ResponseCustomToolCallItem": ".response_custom_tool_call_item",
    "ResponseCustomToolCallItemType": ".response_custom_tool_call_item_type",
    "ResponseCustomToolCallOutput": ".response_custom_tool_call_output",
    "ResponseCustomToolCallOutputItem": ".response_custom_tool_call_output_item",
    "ResponseCustomToolCallOutputItemType": ".response_custom_tool_call_output_item_type",
    "ResponseCustomToolCallOutputType": ".response_custom_tool_call_output_type",
    "ResponseCustomToolCallType": ".response_custom_tool_call_type",
    "ResponseError": ".response_error",
    "ResponseErrorCode": ".response_error_code",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseErrorEventType": ".response_error_event_type",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFailedEventType": ".response_failed_event_type",
    "ResponseFileSearchCallCompletedEvent": ".response_file_search_call_completed_event",
    "ResponseFileSearchCallCompletedEventType": ".response_file_search_call_completed_event_type",
    "ResponseFileSearchCallInProgressEvent": ".response_file_search_call_in_progress_event",
    "ResponseFileSearchCallInProgressEventType": ".response_file_search_call_in_progress_event_type",
    "ResponseFileSearchCallSearchingEvent": ".response_file_search_call_searching_event",
    "ResponseFileSearchCallSearchingEventType": ".response_file_search_call_searching_event_type",
    "ResponseFileSearchToolCall": ".response_file_search_tool_call",
    "ResponseFileSearchToolCallResultsType0Item": ".response_file_search_tool_call_results_type_0_item",
    "ResponseFileSearchToolCallStatus": ".response_file_search_tool_call_status",
    "ResponseFileSearchToolCallType": ".response_file_search_tool_call_type",
    "ResponseFormatJSONObject": ".response_format_json_object",
    "ResponseFormatJSONObjectType": ".response_format_json_object_type",
    "ResponseFormatJsonSchemaSchema": ".response_format_json_schema_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextJSONSchemaConfig": ".response_format_text_json_schema_config",
    "ResponseFormatTextJSONSchemaConfigType": ".response_format_text_json_schema_config_type",
    "ResponseFormatTextType": ".response_format_text_type",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDeltaEventType": ".response_function_call_arguments_delta_event_type",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseFunctionCallArgumentsDoneEventType": ".response_function_call_arguments_done_event_type",
    "ResponseFunctionShellCallOutputContent": ".response_function_shell_call_output_content",
    "ResponseFunctionShellToolCall": ".response_function_shell_tool_call",
    "ResponseFunctionShellToolCallOutput": ".response_function_shell_tool_call_output",
    "ResponseFunctionShellToolCallOutputType": ".response_function_shell_tool_call_output_type",
    "ResponseFunctionShellToolCallType": ".response_function_shell_tool_call_type",
    "ResponseFunctionToolCall": ".response_function_tool_call",
    "ResponseFunctionToolCallItem": ".response_function_tool_call_item",
    "ResponseFunctionToolCallItemType": ".response_function_tool_call_item_type",
    "ResponseFunctionToolCallOutputItem": ".response_function_tool_call_output_item",
    "ResponseFunctionToolCallOutputItemType": ".response_function_tool_call_output_item_type",
    "ResponseFunctionToolCallStatus": ".response_function_tool_call_status",
    "ResponseFunctionToolCallType": ".response_function_tool_call_type",
    "ResponseFunctionWebSearch": ".response_function_web_search",
    "ResponseFunctionWebSearchStatus": ".response_function_web_search_status",
    "ResponseFunctionWebSearchType": ".response_function_web_search_type",
    "ResponseImageGenCallCompletedEvent": ".response_image_gen_call_completed_event",
    "ResponseImageGenCallCompletedEventType": ".response_image_gen_call_completed_event_type",
    "ResponseImageGenCallGeneratingEvent": ".response_image_gen_call_generating_event",
    "ResponseImageGenCallGeneratingEventType": ".response_image_gen_call_generating_event_type",
    "ResponseImageGenCallInProgressEvent": ".response_image_gen_call_in_progress_event",
    "ResponseImageGenCallInProgressEventType": ".response_image_gen_call_in_progress_event_type",
    "ResponseImageGenCallPartialImageEvent": ".response_image_gen_call_partial_image_event",
    "ResponseImageGenCallPartialImageEventType": ".response_image_gen_call_partial_image_event_type",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseInProgressEventType": ".response_in_progress_event_type",
    "ResponseIncompleteDetailsType0": ".response_incomplete_details_type_0",
    "ResponseIncompleteDetailsType0Reason": ".response_incomplete_details_type_0_reason",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseIncompleteEventType": ".response_incomplete_event_type",
    "ResponseInputFile": ".response_input_file",
    "ResponseInputFileContent": ".response_input_file_content",
    "ResponseInputFileContentType": ".response_input_file_content_type",
    "ResponseInputFileType": ".response_input_file_type",
    "ResponseInputImage": ".response_input_image",
    "ResponseInputImageContent": ".response_input_image_content",
    "ResponseInputImageContentType": ".response_input_image_content_type",
    "ResponseInputImageType": ".response_input_image_type",
    "ResponseInputMessageItem": ".response_input_message_item",
    "ResponseInputMessageItemRole": ".response_input_message_item_role",
    "ResponseInputMessageItemStatus": ".response_input_message_item_status",
    "ResponseInputMessageItemType": ".response_input_message_item_type",
    "ResponseInputText": ".response_input_text",
    "ResponseInputTextContent": ".response_input_text_content",
    "ResponseInputTextContentType": ".response_input_text_content_type",
    "ResponseInputTextType": ".response_input_text_type",
    "ResponseItemList": ".response_item_list",
    "ResponseItemListObject": ".response_item_list_object",
    "ResponseLocalEnvironment": ".response_local_environment",
    "ResponseLocalEnvironmentType": ".response_local_environment_type",
    "ResponseLogProb": ".response_log_prob",
    "ResponseLogProbTopLogprobsItem": ".response_log_prob_top_logprobs_item",
    "ResponseMCPCallArgumentsDeltaEvent": ".response_mcp_call_arguments_delta_event",
    "ResponseMCPCallArgumentsDeltaEventType": ".response_mcp_call_arguments_delta_event_type",
    "ResponseMCPCallArgumentsDoneEvent": ".response_mcp_call_arguments_done_event",
    "ResponseMCPCallArgumentsDoneEventType": ".response_mcp_call_arguments_done_event_type",
    "ResponseMCPCallCompletedEvent": ".response_mcp_call_completed_event",
    "ResponseMCPCallCompletedEventType": ".response_mcp_call_completed_event_type",
    "ResponseMCPCallFailedEvent": ".response_mcp_call_failed_event",
    "ResponseMCPCallFailedEventType": ".response_mcp_call_failed_event_type",
    "ResponseMCPCallInProgressEvent": ".response_mcp_call_in_progress_event",
    "ResponseMCPCallInProgressEventType": ".response_mcp_call_in_progress_event_type",
    "ResponseMCPListToolsCompletedEvent": ".response_mcp_list_tools_completed_event",
    "ResponseMCPListToolsCompletedEventType": ".response_mcp_list_tools_completed_event_type",
    "ResponseMCPListToolsFailedEvent": ".response_mcp_list_tools_failed_event",
    "ResponseMCPListToolsFailedEventType": ".response_mcp_list_tools_failed_event_type",
    "ResponseMCPListToolsInProgressEvent": ".response_mcp_list_tools_in_progress_event",
    "ResponseMCPListToolsInProgressEventType": ".response_mcp_list_tools_in_progress_event_type",
    "ResponseObject": ".response_object",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemAddedEventType": ".response_output_item_added_event_type",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseOutputItemDoneEventType": ".response_output_item_done_event_type",
    "ResponseOutputMessage": ".response_output_message",
    "ResponseOutputMessageRole": ".response_output_message_role",
    "ResponseOutputMessageStatus": ".response_output_message_status",
    "ResponseOutputMessageType": ".response_output_message_type",
    "ResponseOutputRefusal": ".response_output_refusal",
    "ResponseOutputRefusalType": ".response_output_refusal_type",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": ".response_output_text_annotation_added_event",
    "ResponseOutputTextAnnotationAddedEventType": ".response_output_text_annotation_added_event_type",
    "ResponseOutputTextType": ".response_output_text_type",
    "ResponsePrompt": ".response_prompt",
    "ResponsePromptCacheRetentionType0": ".response_prompt_cache_retention_type_0",
    "ResponseProperties": ".response_properties",
    "ResponseQueuedEvent": ".response_queued_event",
    "ResponseQueuedEventType": ".response_queued_event_type",
    "ResponseReasoningItem": ".response_reasoning_item",
    "ResponseReasoningItemStatus": ".response_reasoning_item_status",
    "ResponseReasoningItemType": ".response_reasoning_item_type",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventPart": ".response_reasoning_summary_part_added_event_part",
    "ResponseReasoningSummaryPartAddedEventPartType": ".response_reasoning_summary_part_added_event_part_type",
    "ResponseReasoningSummaryPartAddedEventType": ".response_reasoning_summary_part_added_event_type",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventPart": ".response_reasoning_summary_part_done_event_part",
    "ResponseReasoningSummaryPartDoneEventPartType": ".response_reasoning_summary_part_done_event_part_type",
    "ResponseReasoningSummaryPartDoneEventStatus": ".response_reasoning_summary_part_done_event_status",
    "ResponseReasoningSummaryPartDoneEventType": ".response_reasoning_summary_part_done_event_type",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDeltaEventType": ".response_reasoning_summary_text_delta_event_type",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponseReasoningSummaryTextDoneEventType": ".response_reasoning_summary_text_done_event_type",
    "ResponseReasoningTextDeltaEvent": ".response_reasoning_text_delta_event",
    "ResponseReasoningTextDeltaEventType": ".response_reasoning_text_delta_event_type",
    "ResponseReasoningTextDoneEvent": ".response_reasoning_text_done_event",
    "ResponseReasoningTextDoneEventType": ".response_reasoning_text_done_event_type",
    "ResponseRefusalDeltaEvent": ".response_refusal_delta_event",
    "ResponseRefusalDeltaEventType": ".response_refusal_delta_event_type",
    "ResponseRefusalDoneEvent": ".response_refusal_done_event",
    "ResponseRefusalDoneEventType": ".response_refusal_done_event_type",
    "ResponseShellCallOutputContentDeltaEvent": ".response_shell_call_output_content_delta_event",
    "ResponseShellCallOutputContentDeltaEventType": ".response_shell_call_output_content_delta_event_type",
    "ResponseShellCallOutputContentDoneEvent": ".response_shell_call_output_content_done_event",
    "ResponseShellCallOutputContentDoneEventType": ".response_shell_call_output_content_done_event_type",
    "ResponseShellCommandAddedEvent": ".response_shell_command_added_event",
    "ResponseShellCommandAddedEventType": ".response_shell_command_added_event_type",
    "ResponseShellCommandDeltaEvent": ".response_shell_command_delta_event",
    "ResponseShellCommandDeltaEventType": ".response_shell_command_delta_event_type",
    "ResponseShellCommandDoneEvent": ".response_shell_command_done_event",
    "ResponseShellCommandDoneEventType": ".response_shell_command_done_event_type",
    "ResponseStatus": ".response_status",
    "ResponseStreamOptionsType0": ".response_stream_options_type_0",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDeltaEventType": ".response_text_delta_event_type",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "ResponseTextDoneEventType": ".response_text_done_event_type",
    "ResponseToolSearchCall": ".response_tool_search_call",
    "ResponseToolSearchCallType": ".response_tool_search_call_type",
    "ResponseToolSearchOutputItem": ".response_tool_search_output_item",
    "ResponseToolSearchOutputItemParam": ".response_tool_search_output_item_param",
    "ResponseToolSearchOutputItemParamType": ".response_tool_search_output_item_param_type",
    "ResponseToolSearchOutputItemType": ".response_tool_search_output_item_type",
    "ResponseTruncationType0": ".response_truncation_type_0",
    "ResponseUsage": ".response_usage",
    "ResponseUsageInputTokensDetails": ".response_usage_input_tokens_details",
    "ResponseUsageOutputTokensDetails": ".response_usage_output_tokens_details",
    "ResponseWebSearchCallCompletedEvent": ".response_web_search_call_completed_event",
    "ResponseWebSearchCallCompletedEventType": ".response_web_search_call_completed_event_type",
    "ResponseWebSearchCallInProgressEvent": ".response_web_search_call_in_progress_event",
    "ResponseWebSearchCallInProgressEventType": ".response_web_search_call_in_progress_event_type",
    "ResponseWebSearchCallSearchingEvent": ".response_web_search_call_searching_event",
    "ResponseWebSearchCallSearchingEventType": ".response_web_search_call_searching_event_type",
    "ResponsesOnlyModel": ".responses_only_model",
    "Screenshot": ".screenshot",
    "ScreenshotType": ".screenshot_type",
    "Scroll": ".scroll",
    "ScrollType": ".scroll_type",
    "SearchAction": ".search_action",
    "SearchActionType": ".search_action_type",
    "SearchActionWebSearchSource": ".search_action_web_search_source",
    "SearchActionWebSearchSourceType": ".search_action_web_search_source_type",
    "SearchContentType": ".search_content_type",
    "SearchContextSize": ".search_context_size",
    "ServiceTierEnum": ".service_tier_enum",
    "ServiceTierResponsesType0": ".service_tier_responses_type_0",
    "ShellAction": ".shell_action",
    "ShellCallOutputContent": ".shell_call_output_content",
    "ShellCallOutputDelta": ".shell_call_output_delta",
    "ShellCallStatus": ".shell_call_status",
    "ShellExecAction": ".shell_exec_action",
    "ShellToolCallOutput": ".shell_tool_call_output",
    "ShellToolCallOutputType": ".shell_tool_call_output_type",
    "SkillReference": ".skill_reference",
    "SkillReferenceType": ".skill_reference_type",
    "SpecificProgrammaticToolCallingParam": ".specific_programmatic_tool_calling_param",
    "SpecificProgrammaticToolCallingParamType": ".specific_programmatic_tool_calling_param_type",
    "StaticChunkingStrategy": ".static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": ".static_chunking_strategy_request_param",
    "StaticChunkingStrategyRequestParamType": ".static_chunking_strategy_request_param_type",
    "StaticChunkingStrategyResponseParam": ".static_chunking_strategy_response_param",
    "StaticChunkingStrategyResponseParamType": ".static_chunking_strategy_response_param_type",
    "SummaryText": ".summary_text",
    "SummaryTextType": ".summary_text_type",
    "TextContent": ".text_content",
    "TextContentType": ".text_content_type",
    "TextFormat": ".text_format",
    "TextFormatType": ".text_format_type",
    "TokenCountsBody": ".token_counts_body",
    "ToolChoiceAllowed": ".tool_choice_allowed",
    "ToolChoiceAllowedMode": ".tool_choice_allowed_mode",
    "ToolChoiceAllowedToolsItem": ".tool_choice_allowed_tools_item",
    "ToolChoiceAllowedType": ".tool_choice_allowed_type",
    "ToolChoiceApplyPatch": ".tool_choice_apply_patch",
    "ToolChoiceApplyPatchType": ".tool_choice_apply_patch_type",
    "ToolChoiceCustom": ".tool_choice_custom",
    "ToolChoiceCustomType": ".tool_choice_custom_type",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceFunctionType": ".tool_choice_function_type",
    "ToolChoiceMcp": ".tool_choice_mcp",
    "ToolChoiceMcpType": ".tool_choice_mcp_type",
    "ToolChoiceOptions": ".tool_choice_options",
    "ToolChoiceShell": ".tool_choice_shell",
    "ToolChoiceShellType": ".tool_choice_shell_type",
    "ToolChoiceTypes": ".tool_choice_types",
    "ToolChoiceTypesType": ".tool_choice_types_type",
    "ToolSearchCallItemParam": ".tool_search_call_item_param",
    "ToolSearchCallItemParamType": ".tool_search_call_item_param_type",
    "ToolSearchExecutionType": ".tool_search_execution_type",
    "ToolSearchTool": ".tool_search_tool",
    "ToolSearchToolType": ".tool_search_tool_type",
    "TopLogProbability": ".top_log_probability",
    "TruncationEnum": ".truncation_enum",
    "Type": ".type_",
    "TypeType": ".type_type",
    "UpdateVectorStoreFileAttributesRequest": ".update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": ".update_vector_store_request",
    "URLCitation": ".url_citation",
    "URLCitationType": ".url_citation_type",
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
    "VerbosityType0": ".verbosity_type_0",
    "Wait": ".wait",
    "WaitType": ".wait_type",
    "WebSearchApproximateLocation": ".web_search_approximate_location",
    "WebSearchApproximateLocationType": ".web_search_approximate_location_type",
    "WebSearchPreviewTool": ".web_search_preview_tool",
    "WebSearchPreviewToolType": ".web_search_preview_tool_type",
    "WebSearchTool": ".web_search_tool",
    "WebSearchToolFiltersType0": ".web_search_tool_filters_type_0",
    "WebSearchToolSearchContextSize": ".web_search_tool_search_context_size",
    "WebSearchToolType": ".web_search_tool_type",
    "Annotation": ".annotation",
    "parse_annotation": ".annotation",
    "ApplyPatchOperation": ".apply_patch_operation",
    "parse_apply_patch_operation": ".apply_patch_operation",
    "ChunkingStrategyRequestParam": ".chunking_strategy_request_param",
    "parse_chunking_strategy_request_param": ".chunking_strategy_request_param",
    "ComputerAction": ".computer_action",
    "parse_computer_action": ".computer_action",
    "Filters": ".filters",
    "parse_filters": ".filters",
    "ResponseFunctionCallOutputItem": ".response_function_call_output_item",
    "parse_response_function_call_output_item": ".response_function_call_output_item",
    "ShellCallOutcome": ".shell_call_outcome",
    "parse_shell_call_outcome": ".shell_call_outcome",
    "ResponseInputContent": ".response_input_content",
    "parse_response_input_content": ".response_input_content",
    "ResponseInputItem": ".response_input_item",
    "parse_response_input_item": ".response_input_item",
    "Item": ".item",
    "parse_item": ".item",
    "ItemField": ".item_field",
    "parse_item_field": ".item_field",
    "ResponseItem": ".response_item",
    "parse_response_item": ".response_item",
    "McpToolCallError": ".mcp_tool_call_error",
    "parse_mcp_tool_call_error": ".mcp_tool_call_error",
    "OutputContent": ".output_content",
    "parse_output_content": ".output_content",
    "ResponseOutputItem": ".response_output_item",
    "parse_response_output_item": ".response_output_item",
    "OutputMessageContent": ".output_message_content",
    "parse_output_message_content": ".output_message_content",
    "ResponseStreamEvent": ".response_stream_event",
    "parse_response_stream_event": ".response_stream_event",
    "ResponseFormatTextConfig": ".response_format_text_config",
    "parse_response_format_text_config": ".response_format_text_config",
    "Tool": ".tool",
    "parse_tool": ".tool",
    "ToolCallCaller": ".tool_call_caller",
    "parse_tool_call_caller": ".tool_call_caller",
    "ToolCallCallerParam": ".tool_call_caller_param",
    "parse_tool_call_caller_param": ".tool_call_caller_param",
}

__all__ = [
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamRole",
    "AdditionalToolsItemParamType",
    "AdditionalToolsType",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchCreateFileOperationParamType",
    "ApplyPatchCreateFileOperationType",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchDeleteFileOperationParamType",
    "ApplyPatchDeleteFileOperationType",
    "ApplyPatchTool",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamType",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamType",
    "ApplyPatchToolType",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamType",
    "ApplyPatchUpdateFileOperationType",
    "ApproximateLocation",
    "ApproximateLocationType",
    "AutoChunkingStrategy",
    "AutoChunkingStrategyType",
    "CallableToolAllowedCaller",
    "Click",
    "ClickButtonType",
    "ClickType",
    "CodeInterpreter",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageType",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsType",
    "CodeInterpreterToolAuto",
    "CodeInterpreterToolAutoType",
    "CodeInterpreterType",
    "CompactedResponse",
    "CompactedResponseObject",
    "CompactionTrigger",
    "CompactionTriggerType",
    "CompactResponseMethodPublicBody",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompoundFilter",
    "CompoundFilterType",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamType",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshot",
    "ComputerScreenshotType",
    "ComputerTool",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputStatus",
    "ComputerToolCallOutputType",
    "ComputerToolType",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolType",
    "ContainerAuto",
    "ContainerAutoType",
    "ContainerFileCitation",
    "ContainerFileCitationType",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlist",
    "ContainerNetworkPolicyAllowlistType",
    "ContainerNetworkPolicyDisabled",
    "ContainerNetworkPolicyDisabledType",
    "ContainerNetworkPolicyDomainSecret",
    "ContainerReference",
    "ContainerReferenceType",
    "ContextManagementParam",
    "Conversation",
    "Coordinate",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateModelResponseProperties",
    "CreateModelResponsePropertiesPromptCacheRetentionType0",
    "CreateResponse",
    "CreateResponsePromptCacheRetentionType0",
    "CreateResponseTruncationType0",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "CustomTool",
    "CustomToolType",
    "DetailEnum",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DirectToolCallCallerParamType",
    "DirectToolCallCallerType",
    "DoubleClick",
    "DoubleClickType",
    "Drag",
    "DragType",
    "EasyInputMessage",
    "EasyInputMessageRole",
    "EasyInputMessageType",
    "EmptyModelParam",
    "Error",
    "ErrorResponse",
    "ErrorResponseDetail",
    "FileCitation",
    "FileCitationType",
    "FileContentResponse",
    "FileCounts",
    "FileDeleted",
    "FileDeletedObject",
    "FileDetailEnum",
    "FileExpirationPolicy",
    "FileExpirationPolicyAnchor",
    "FileInputDetail",
    "FileObject",
    "FileObjectObject",
    "FileObjectPurpose",
    "FileObjectStatus",
    "FilePath",
    "FilePathType",
    "FileSearchTool",
    "FileSearchToolType",
    "FindAction",
    "FindActionType",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamType",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemParamType",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamType",
    "FunctionShellCallOutputExitOutcomeType",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamType",
    "FunctionShellCallOutputTimeoutOutcomeType",
    "FunctionShellCallStatus",
    "FunctionShellTool",
    "FunctionShellToolType",
    "FunctionTool",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputStatus",
    "FunctionToolCallOutputType",
    "FunctionToolOutputSchemaType0",
    "FunctionToolParametersType0",
    "FunctionToolType",
    "GrammarFormat",
    "GrammarFormatType",
    "GrammarSyntax1",
    "HTTPError",
    "HTTPErrorType",
    "HybridSearchOptions",
    "ImageDetail",
    "ImageGenActionEnum",
    "ImageGenerationCall",
    "ImageGenerationCallStatus",
    "ImageGenerationCallType",
    "ImageGenerationTool",
    "ImageGenerationToolBackground",
    "ImageGenerationToolInputImageMask",
    "ImageGenerationToolModelType1",
    "ImageGenerationToolModeration",
    "ImageGenerationToolOutputFormat",
    "ImageGenerationToolQuality",
    "ImageGenerationToolSizeType1",
    "ImageGenerationToolType",
    "IncludeEnum",
    "InlineSkill",
    "InlineSkillSource",
    "InlineSkillSourceMediaType",
    "InlineSkillSourceType",
    "InlineSkillType",
    "InputFidelity",
    "InputMessage",
    "InputMessageRole",
    "InputMessageStatus",
    "InputMessageType",
    "InputTokenCountResponse",
    "InputTokenCountResponseObject",
    "ItemReference",
    "ItemReferenceTypeType0",
    "KeyPress",
    "KeyPressType",
    "ListFilesInVectorStoreBatchFilter",
    "ListFilesInVectorStoreBatchOrder",
    "ListFilesOrder",
    "ListFilesResponse",
    "ListInputItemsOrder",
    "ListVectorStoreFilesFilter",
    "ListVectorStoreFilesOrder",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresOrder",
    "ListVectorStoresResponse",
    "LocalEnvironment",
    "LocalEnvironmentType",
    "LocalShellCall",
    "LocalShellCallOutput",
    "LocalShellCallOutputStatusType0",
    "LocalShellCallOutputType",
    "LocalShellCallStatus",
    "LocalShellCallType",
    "LocalShellExecAction",
    "LocalShellExecActionEnv",
    "LocalShellExecActionType",
    "LocalShellTool",
    "LocalShellToolType",
    "LocalSkill",
    "LogProbability",
    "MCPApprovalRequest",
    "MCPApprovalRequestType",
    "MCPApprovalResponse",
    "MCPApprovalResponseResource",
    "MCPApprovalResponseResourceType",
    "MCPApprovalResponseType",
    "MCPListTools",
    "MCPListToolsTool",
    "MCPListToolsToolAnnotationsType0",
    "MCPListToolsToolInputSchema",
    "MCPListToolsType",
    "MCPProtocolError",
    "MCPProtocolErrorType",
    "MCPTool",
    "MCPToolCall",
    "MCPToolCallStatus",
    "MCPToolCallType",
    "MCPToolConnectorId",
    "MCPToolExecutionError",
    "MCPToolExecutionErrorType",
    "MCPToolFilter",
    "MCPToolHeadersType0",
    "MCPToolMCPToolApprovalFilter",
    "MCPToolMCPToolApprovalSetting",
    "MCPToolType",
    "Message",
    "MessagePhase",
    "MessagePhase2",
    "MessageRole",
    "MessageStatus",
    "MessageType",
    "MetadataType0",
    "ModelIdsSharedType1",
    "ModelResponseProperties",
    "ModelResponsePropertiesPromptCacheRetentionType0",
    "Moderation",
    "ModerationConfigParam",
    "ModerationError",
    "ModerationErrorType",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationPolicyParam",
    "ModerationResult",
    "ModerationResultCategories",
    "ModerationResultCategoryAppliedInputTypes",
    "ModerationResultCategoryScores",
    "ModerationResultType",
    "Move",
    "MoveType",
    "NamespaceTool",
    "NamespaceToolFunction",
    "NamespaceToolFunctionOutputSchemaType0",
    "NamespaceToolFunctionType",
    "NamespaceToolType",
    "OpenPageAction",
    "OpenPageActionType",
    "OtherChunkingStrategy",
    "OtherChunkingStrategyType",
    "PersonalityEnumType1",
    "Program",
    "ProgramItemParam",
    "ProgramItemParamType",
    "ProgrammaticToolCallingParam",
    "ProgrammaticToolCallingParamType",
    "ProgramOutput",
    "ProgramOutputItemParam",
    "ProgramOutputItemParamType",
    "ProgramOutputItemStatus",
    "ProgramOutputStatus",
    "ProgramOutputType",
    "ProgramToolCallCaller",
    "ProgramToolCallCallerParam",
    "ProgramToolCallCallerParamType",
    "ProgramToolCallCallerType",
    "ProgramType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamMode",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheRetentionEnum",
    "PromptCacheTTLEnum",
    "PromptVariables",
    "RankerVersionType",
    "RankingOptions",
    "Reasoning",
    "ReasoningContextType0",
    "ReasoningEffortType0",
    "ReasoningGenerateSummaryType0",
    "ReasoningModeEnumType1",
    "ReasoningSummaryType0",
    "ReasoningText",
    "ReasoningTextType",
    "Response",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallOutput",
    "ResponseApplyPatchToolCallOutputType",
    "ResponseApplyPatchToolCallType",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDeltaEventType",
    "ResponseAudioDoneEvent",
    "ResponseAudioDoneEventType",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDeltaEventType",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseAudioTranscriptDoneEventType",
    "ResponseBilling",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDeltaEventType",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCodeDoneEventType",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallCompletedEventType",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInProgressEventType",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCodeInterpreterCallInterpretingEventType",
    "ResponseCodeInterpreterToolCall",
    "ResponseCodeInterpreterToolCallStatus",
    "ResponseCodeInterpreterToolCallType",
    "ResponseCompactionItem",
    "ResponseCompactionItemParam",
    "ResponseCompactionItemParamType",
    "ResponseCompactionItemType",
    "ResponseCompletedEvent",
    "ResponseCompletedEventType",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallOutputItem",
    "ResponseComputerToolCallOutputItemType",
    "ResponseComputerToolCallOutputScreenshot",
    "ResponseComputerToolCallOutputScreenshotType",
    "ResponseComputerToolCallStatus",
    "ResponseComputerToolCallType",
    "ResponseContainerReference",
    "ResponseContainerReferenceType",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventType",
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventType",
    "ResponseConversationParam",
    "ResponseCreatedEvent",
    "ResponseCreatedEventType",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallInputDelta",
    "ResponseCustomToolCallInputDeltaType",
    "ResponseCustomToolCallInputDone",
    "ResponseCustomToolCallInputDoneType",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallItemType",
    "ResponseCustomToolCallOutput",
    "ResponseCustomToolCallOutputItem",
    "ResponseCustomToolCallOutputItemType",
    "ResponseCustomToolCallOutputType",
    "ResponseCustomToolCallType",
    "ResponseError",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseErrorEventType",
    "ResponseFailedEvent",
    "ResponseFailedEventType",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallCompletedEventType",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallInProgressEventType",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFileSearchCallSearchingEventType",
    "ResponseFileSearchToolCall",
    "ResponseFileSearchToolCallResultsType0Item",
    "ResponseFileSearchToolCallStatus",
    "ResponseFileSearchToolCallType",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONObjectType",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFormatTextJSONSchemaConfig",
    "ResponseFormatTextJSONSchemaConfigType",
    "ResponseFormatTextType",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDeltaEventType",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallArgumentsDoneEventType",
    "ResponseFunctionShellCallOutputContent",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallOutput",
    "ResponseFunctionShellToolCallOutputType",
    "ResponseFunctionShellToolCallType",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallItemType",
    "ResponseFunctionToolCallOutputItem",
    "ResponseFunctionToolCallOutputItemType",
    "ResponseFunctionToolCallStatus",
    "ResponseFunctionToolCallType",
    "ResponseFunctionWebSearch",
    "ResponseFunctionWebSearchStatus",
    "ResponseFunctionWebSearchType",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallCompletedEventType",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallGeneratingEventType",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallInProgressEventType",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseImageGenCallPartialImageEventType",
    "ResponseIncompleteDetailsType0",
    "ResponseIncompleteDetailsType0Reason",
    "ResponseIncompleteEvent",
    "ResponseIncompleteEventType",
    "ResponseInProgressEvent",
    "ResponseInProgressEventType",
    "ResponseInputFile",
    "ResponseInputFileContent",
    "ResponseInputFileContentType",
    "ResponseInputFileType",
    "ResponseInputImage",
    "ResponseInputImageContent",
    "ResponseInputImageContentType",
    "ResponseInputImageType",
    "ResponseInputMessageItem",
    "ResponseInputMessageItemRole",
    "ResponseInputMessageItemStatus",
    "ResponseInputMessageItemType",
    "ResponseInputText",
    "ResponseInputTextContent",
    "ResponseInputTextContentType",
    "ResponseInputTextType",
    "ResponseItemList",
    "ResponseItemListObject",
    "ResponseLocalEnvironment",
    "ResponseLocalEnvironmentType",
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDeltaEventType",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallArgumentsDoneEventType",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallCompletedEventType",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallFailedEventType",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPCallInProgressEventType",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsCompletedEventType",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsFailedEventType",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseMCPListToolsInProgressEventType",
    "ResponseObject",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemAddedEventType",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputItemDoneEventType",
    "ResponseOutputMessage",
    "ResponseOutputMessageRole",
    "ResponseOutputMessageStatus",
    "ResponseOutputMessageType",
    "ResponseOutputRefusal",
    "ResponseOutputRefusalType",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationAddedEventType",
    "ResponseOutputTextType",
    "ResponsePrompt",
    "ResponsePromptCacheRetentionType0",
    "ResponseProperties",
    "ResponseQueuedEvent",
    "ResponseQueuedEventType",
    "ResponseReasoningItem",
    "ResponseReasoningItemStatus",
    "ResponseReasoningItemType",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartAddedEventPartType",
    "ResponseReasoningSummaryPartAddedEventType",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryPartDoneEventPartType",
    "ResponseReasoningSummaryPartDoneEventStatus",
    "ResponseReasoningSummaryPartDoneEventType",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDeltaEventType",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningSummaryTextDoneEventType",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDeltaEventType",
    "ResponseReasoningTextDoneEvent",
    "ResponseReasoningTextDoneEventType",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDeltaEventType",
    "ResponseRefusalDoneEvent",
    "ResponseRefusalDoneEventType",
    "ResponseShellCallOutputContentDeltaEvent",
    "ResponseShellCallOutputContentDeltaEventType",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseShellCallOutputContentDoneEventType",
    "ResponseShellCommandAddedEvent",
    "ResponseShellCommandAddedEventType",
    "ResponseShellCommandDeltaEvent",
    "ResponseShellCommandDeltaEventType",
    "ResponseShellCommandDoneEvent",
    "ResponseShellCommandDoneEventType",
    "ResponsesOnlyModel",
    "ResponseStatus",
    "ResponseStreamOptionsType0",
    "ResponseTextConfig",
    "ResponseTextDeltaEvent",
    "ResponseTextDeltaEventType",
    "ResponseTextDoneEvent",
    "ResponseTextDoneEventType",
    "ResponseToolSearchCall",
    "ResponseToolSearchCallType",
    "ResponseToolSearchOutputItem",
    "ResponseToolSearchOutputItemParam",
    "ResponseToolSearchOutputItemParamType",
    "ResponseToolSearchOutputItemType",
    "ResponseTruncationType0",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallCompletedEventType",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallInProgressEventType",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWebSearchCallSearchingEventType",
    "Screenshot",
    "ScreenshotType",
    "Scroll",
    "ScrollType",
    "SearchAction",
    "SearchActionType",
    "SearchActionWebSearchSource",
    "SearchActionWebSearchSourceType",
    "SearchContentType",
    "SearchContextSize",
    "ServiceTierEnum",
    "ServiceTierResponsesType0",
    "ShellAction",
    "ShellCallOutputContent",
    "ShellCallOutputDelta",
    "ShellCallStatus",
    "ShellExecAction",
    "ShellToolCallOutput",
    "ShellToolCallOutputType",
    "SkillReference",
    "SkillReferenceType",
    "SpecificProgrammaticToolCallingParam",
    "SpecificProgrammaticToolCallingParamType",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
    "SummaryText",
    "SummaryTextType",
    "TextContent",
    "TextContentType",
    "TextFormat",
    "TextFormatType",
    "TokenCountsBody",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedMode",
    "ToolChoiceAllowedToolsItem",
    "ToolChoiceAllowedType",
    "ToolChoiceApplyPatch",
    "ToolChoiceApplyPatchType",
    "ToolChoiceCustom",
    "ToolChoiceCustomType",
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
    "ToolChoiceMcp",
    "ToolChoiceMcpType",
    "ToolChoiceOptions",
    "ToolChoiceShell",
    "ToolChoiceShellType",
    "ToolChoiceTypes",
    "ToolChoiceTypesType",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamType",
    "ToolSearchExecutionType",
    "ToolSearchTool",
    "ToolSearchToolType",
    "TopLogProbability",
    "TruncationEnum",
    "Type",
    "TypeType",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "URLCitation",
    "URLCitationType",
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
    "VerbosityType0",
    "Wait",
    "WaitType",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocationType",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolType",
    "WebSearchTool",
    "WebSearchToolFiltersType0",
    "WebSearchToolSearchContextSize",
    "WebSearchToolType",
    "Annotation",
    "parse_annotation",
    "ApplyPatchOperation",
    "parse_apply_patch_operation",
    "ChunkingStrategyRequestParam",
    "parse_chunking_strategy_request_param",
    "ComputerAction",
    "parse_computer_action",
    "Filters",
    "parse_filters",
    "ResponseFunctionCallOutputItem",
    "parse_response_function_call_output_item",
    "ShellCallOutcome",
    "parse_shell_call_outcome",
    "ResponseInputContent",
    "parse_response_input_content",
    "ResponseInputItem",
    "parse_response_input_item",
    "Item",
    "parse_item",
    "ItemField",
    "parse_item_field",
    "ResponseItem",
    "parse_response_item",
    "McpToolCallError",
    "parse_mcp_tool_call_error",
    "OutputContent",
    "parse_output_content",
    "ResponseOutputItem",
    "parse_response_output_item",
    "OutputMessageContent",
    "parse_output_message_content",
    "ResponseStreamEvent",
    "parse_response_stream_event",
    "ResponseFormatTextConfig",
    "parse_response_format_text_config",
    "Tool",
    "parse_tool",
    "ToolCallCaller",
    "parse_tool_call_caller",
    "ToolCallCallerParam",
    "parse_tool_call_caller_param",
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
