# Generated from openapi.yaml by make generate; do not edit.
"""The API's object and request types of ``client.responses`` and the resources below it, under openai-python's names."""

from .additional_tools import AdditionalTools
from .additional_tools_item_param import AdditionalToolsItemParam
from .additional_tools_item_param_role import AdditionalToolsItemParamRole
from .additional_tools_item_param_type import AdditionalToolsItemParamType
from .additional_tools_type import AdditionalToolsType
from .allowed_tools import AllowedTools
from .allowed_tools_mode import AllowedToolsMode
from .allowed_tools_type import AllowedToolsType
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
from .apply_patch_tool import ApplyPatchTool
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from .apply_patch_tool_call_item_param_type import ApplyPatchToolCallItemParamType
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from .apply_patch_tool_call_output_item_param_type import ApplyPatchToolCallOutputItemParamType
from .apply_patch_tool_call_output_type import ApplyPatchToolCallOutputType
from .apply_patch_tool_call_type import ApplyPatchToolCallType
from .apply_patch_tool_type import ApplyPatchToolType
from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
from .apply_patch_update_file_operation_param_type import ApplyPatchUpdateFileOperationParamType
from .apply_patch_update_file_operation_type import ApplyPatchUpdateFileOperationType
from .approximate_location import ApproximateLocation
from .approximate_location_type import ApproximateLocationType
from .callable_tool_allowed_caller import CallableToolAllowedCaller
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
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .code_interpreter_tool_call_status import CodeInterpreterToolCallStatus
from .code_interpreter_tool_call_type import CodeInterpreterToolCallType
from .code_interpreter_type import CodeInterpreterType
from .compaction_body import CompactionBody
from .compaction_body_type import CompactionBodyType
from .compaction_summary_item_param import CompactionSummaryItemParam
from .compaction_summary_item_param_type import CompactionSummaryItemParamType
from .compaction_trigger import CompactionTrigger
from .compaction_trigger_type import CompactionTriggerType
from .computer import Computer
from .computer_call_output_item_param import ComputerCallOutputItemParam
from .computer_call_output_item_param_type import ComputerCallOutputItemParamType
from .computer_call_output_status import ComputerCallOutputStatus
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_environment import ComputerEnvironment
from .computer_screenshot import ComputerScreenshot
from .computer_screenshot_image import ComputerScreenshotImage
from .computer_screenshot_image_type import ComputerScreenshotImageType
from .computer_screenshot_type import ComputerScreenshotType
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .computer_tool_call_output_resource_type import ComputerToolCallOutputResourceType
from .computer_tool_call_status import ComputerToolCallStatus
from .computer_tool_call_type import ComputerToolCallType
from .computer_type import ComputerType
from .computer_use_preview import ComputerUsePreview
from .computer_use_preview_type import ComputerUsePreviewType
from .container_auto_param import ContainerAutoParam
from .container_auto_param_type import ContainerAutoParamType
from .container_file_citation import ContainerFileCitation
from .container_file_citation_type import ContainerFileCitationType
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from .container_network_policy_allowlist_param_type import ContainerNetworkPolicyAllowlistParamType
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .container_network_policy_disabled_param_type import ContainerNetworkPolicyDisabledParamType
from .container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam
from .container_reference import ContainerReference
from .container_reference_param import ContainerReferenceParam
from .container_reference_param_type import ContainerReferenceParamType
from .container_reference_type import ContainerReferenceType
from .conversation import Conversation
from .coordinate import Coordinate
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .custom_tool_call_output_type import CustomToolCallOutputType
from .custom_tool_call_type import CustomToolCallType
from .custom_tool_param import CustomToolParam
from .custom_tool_param_type import CustomToolParamType
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
from .file_citation import FileCitation
from .file_citation_type import FileCitationType
from .file_detail_enum import FileDetailEnum
from .file_input_detail import FileInputDetail
from .file_path import FilePath
from .file_path_type import FilePathType
from .file_search import FileSearch
from .file_search_type import FileSearchType
from .find_action import FindAction
from .find_action_type import FindActionType
from .function import Function
from .function_call_item_status import FunctionCallItemStatus
from .function_call_output_item_param import FunctionCallOutputItemParam
from .function_call_output_item_param_type import FunctionCallOutputItemParamType
from .function_call_output_status_enum import FunctionCallOutputStatusEnum
from .function_call_status import FunctionCallStatus
from .function_shell_call import FunctionShellCall
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
from .function_shell_call_type import FunctionShellCallType
from .function_tool import FunctionTool
from .function_tool_call_output import FunctionToolCallOutput
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .function_tool_call_output_resource_type import FunctionToolCallOutputResourceType
from .function_tool_call_output_status import FunctionToolCallOutputStatus
from .function_tool_call_output_type import FunctionToolCallOutputType
from .function_tool_call_resource import FunctionToolCallResource
from .function_tool_call_resource_type import FunctionToolCallResourceType
from .function_tool_param import FunctionToolParam
from .function_tool_param_type import FunctionToolParamType
from .function_tool_type import FunctionToolType
from .function_type import FunctionType
from .grammar_format import GrammarFormat
from .grammar_format_type import GrammarFormatType
from .grammar_syntax_1 import GrammarSyntax1
from .hosted_tool import HostedTool
from .hosted_tool_type import HostedToolType
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
from .inline_skill_param import InlineSkillParam
from .inline_skill_param_type import InlineSkillParamType
from .inline_skill_source_param import InlineSkillSourceParam
from .inline_skill_source_param_media_type import InlineSkillSourceParamMediaType
from .inline_skill_source_param_type import InlineSkillSourceParamType
from .input_fidelity import InputFidelity
from .input_file_content import InputFileContent
from .input_file_content_param import InputFileContentParam
from .input_file_content_param_type import InputFileContentParamType
from .input_file_content_type import InputFileContentType
from .input_image_content import InputImageContent
from .input_image_content_param_auto_param import InputImageContentParamAutoParam
from .input_image_content_param_auto_param_type import InputImageContentParamAutoParamType
from .input_image_content_type import InputImageContentType
from .input_item_list_params import InputItemListParams
from .input_message import InputMessage
from .input_message_resource import InputMessageResource
from .input_message_resource_role import InputMessageResourceRole
from .input_message_resource_status import InputMessageResourceStatus
from .input_message_resource_type import InputMessageResourceType
from .input_message_role import InputMessageRole
from .input_message_status import InputMessageStatus
from .input_message_type import InputMessageType
from .input_text_content import InputTextContent
from .input_text_content_param import InputTextContentParam
from .input_text_content_param_type import InputTextContentParamType
from .input_text_content_type import InputTextContentType
from .input_token_count_params import InputTokenCountParams
from .item_reference import ItemReference
from .item_reference_type_type_0 import ItemReferenceTypeType0
from .json_object import JSONObject
from .json_object_type import JSONObjectType
from .key_press import KeyPress
from .key_press_type import KeyPressType
from .local_environment import LocalEnvironment
from .local_environment_param import LocalEnvironmentParam
from .local_environment_param_type import LocalEnvironmentParamType
from .local_environment_type import LocalEnvironmentType
from .local_shell_call import LocalShellCall
from .local_shell_call_output import LocalShellCallOutput
from .local_shell_call_output_status_type_0 import LocalShellCallOutputStatusType0
from .local_shell_call_output_type import LocalShellCallOutputType
from .local_shell_call_status import LocalShellCallStatus
from .local_shell_call_type import LocalShellCallType
from .local_shell_exec_action import LocalShellExecAction
from .local_shell_exec_action_type import LocalShellExecActionType
from .local_shell_tool import LocalShellTool
from .local_shell_tool_type import LocalShellToolType
from .local_skill_param import LocalSkillParam
from .log_probability import LogProbability
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_request_type import MCPApprovalRequestType
from .mcp_approval_response import MCPApprovalResponse
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_approval_response_resource_type import MCPApprovalResponseResourceType
from .mcp_approval_response_type import MCPApprovalResponseType
from .mcp_list_tools import MCPListTools
from .mcp_list_tools_tool import MCPListToolsTool
from .mcp_list_tools_type import MCPListToolsType
from .mcp_protocol_error import MCPProtocolError
from .mcp_protocol_error_type import MCPProtocolErrorType
from .mcp_tool import MCPTool
from .mcp_tool_call import MCPToolCall
from .mcp_tool_call_status import MCPToolCallStatus
from .mcp_tool_call_type import MCPToolCallType
from .mcp_tool_connector_id import MCPToolConnectorId
from .mcp_tool_execution_error import MCPToolExecutionError
from .mcp_tool_execution_error_type import MCPToolExecutionErrorType
from .mcp_tool_filter import MCPToolFilter
from .mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter
from .mcp_tool_mcp_tool_approval_setting import MCPToolMCPToolApprovalSetting
from .mcp_tool_type import MCPToolType
from .message import Message
from .message_phase import MessagePhase
from .message_phase_2 import MessagePhase2
from .message_role import MessageRole
from .message_status import MessageStatus
from .message_type import MessageType
from .model_ids_shared_type_1 import ModelIdsSharedType1
from .moderation import Moderation
from .moderation_error import ModerationError
from .moderation_error_type import ModerationErrorType
from .moderation_input_type import ModerationInputType
from .moderation_result import ModerationResult
from .moderation_result_type import ModerationResultType
from .move import Move
from .move_type import MoveType
from .namespace import Namespace
from .namespace_type import NamespaceType
from .open_page_action import OpenPageAction
from .open_page_action_type import OpenPageActionType
from .output_text import OutputText
from .output_text_type import OutputTextType
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
from .prompt_cache_ttl_enum import PromptCacheTTLEnum
from .prompt_type_0 import PromptType0
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
from .refusal import Refusal
from .refusal_type import RefusalType
from .response import Response
from .response_compact_params import ResponseCompactParams
from .response_create_params import ResponseCreateParams
from .response_custom_tool_call_item import ResponseCustomToolCallItem
from .response_custom_tool_call_item_type import ResponseCustomToolCallItemType
from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
from .response_custom_tool_call_output_item_type import ResponseCustomToolCallOutputItemType
from .response_error_code import ResponseErrorCode
from .response_error_type_0 import ResponseErrorType0
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_file_search_tool_call_results_type_0_item import ResponseFileSearchToolCallResultsType0Item
from .response_file_search_tool_call_status import ResponseFileSearchToolCallStatus
from .response_file_search_tool_call_type import ResponseFileSearchToolCallType
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_tool_call_status import ResponseFunctionToolCallStatus
from .response_function_tool_call_type import ResponseFunctionToolCallType
from .response_incomplete_details_type_0 import ResponseIncompleteDetailsType0
from .response_incomplete_details_type_0_reason import ResponseIncompleteDetailsType0Reason
from .response_item_list import ResponseItemList
from .response_item_list_object import ResponseItemListObject
from .response_object import ResponseObject
from .response_output_message import ResponseOutputMessage
from .response_output_message_role import ResponseOutputMessageRole
from .response_output_message_status import ResponseOutputMessageStatus
from .response_output_message_type import ResponseOutputMessageType
from .response_prompt_cache_retention_type_0 import ResponsePromptCacheRetentionType0
from .response_reasoning_item import ResponseReasoningItem
from .response_reasoning_item_status import ResponseReasoningItemStatus
from .response_reasoning_item_type import ResponseReasoningItemType
from .response_retrieve_params import ResponseRetrieveParams
from .response_status import ResponseStatus
from .response_text_param import ResponseTextParam
from .response_truncation_type_0 import ResponseTruncationType0
from .response_usage import ResponseUsage
from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
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
from .service_tier_responses_type_0 import ServiceTierResponsesType0
from .shell_action import ShellAction
from .shell_call_output import ShellCallOutput
from .shell_call_output_content import ShellCallOutputContent
from .shell_call_output_type import ShellCallOutputType
from .shell_call_status import ShellCallStatus
from .shell_exec_action import ShellExecAction
from .shell_output_content import ShellOutputContent
from .shell_tool import ShellTool
from .shell_tool_call_output import ShellToolCallOutput
from .shell_tool_call_output_type import ShellToolCallOutputType
from .shell_tool_type import ShellToolType
from .skill_reference_param import SkillReferenceParam
from .skill_reference_param_type import SkillReferenceParamType
from .specific_apply_patch_tool_choice import SpecificApplyPatchToolChoice
from .specific_apply_patch_tool_choice_type import SpecificApplyPatchToolChoiceType
from .specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
from .specific_programmatic_tool_calling_param_type import SpecificProgrammaticToolCallingParamType
from .specific_shell_tool_choice import SpecificShellToolChoice
from .specific_shell_tool_choice_type import SpecificShellToolChoiceType
from .summary_text import SummaryText
from .summary_text_type import SummaryTextType
from .text import Text
from .text_content import TextContent
from .text_content_type import TextContentType
from .text_format import TextFormat
from .text_format_type import TextFormatType
from .text_response_format_json_schema import TextResponseFormatJsonSchema
from .text_response_format_json_schema_type import TextResponseFormatJsonSchemaType
from .text_type import TextType
from .the_compacted_response_object import TheCompactedResponseObject
from .the_compacted_response_object_object import TheCompactedResponseObjectObject
from .token_counts import TokenCounts
from .token_counts_object import TokenCountsObject
from .tool_choice_custom import ToolChoiceCustom
from .tool_choice_custom_type import ToolChoiceCustomType
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_mcp_type import ToolChoiceMCPType
from .tool_choice_mode import ToolChoiceMode
from .tool_search_call import ToolSearchCall
from .tool_search_call_item_param import ToolSearchCallItemParam
from .tool_search_call_item_param_type import ToolSearchCallItemParamType
from .tool_search_call_type import ToolSearchCallType
from .tool_search_execution_type import ToolSearchExecutionType
from .tool_search_output import ToolSearchOutput
from .tool_search_output_item_param import ToolSearchOutputItemParam
from .tool_search_output_item_param_type import ToolSearchOutputItemParamType
from .tool_search_output_type import ToolSearchOutputType
from .tool_search_tool import ToolSearchTool
from .tool_search_tool_type import ToolSearchToolType
from .top_log_probability import TopLogProbability
from .type_ import Type
from .type_type import TypeType
from .url_citation import URLCitation
from .url_citation_type import URLCitationType
from .verbosity_type_0 import VerbosityType0
from .wait import Wait
from .wait_type import WaitType
from .web_search import WebSearch
from .web_search_approximate_location import WebSearchApproximateLocation
from .web_search_approximate_location_type import WebSearchApproximateLocationType
from .web_search_filters_type_0 import WebSearchFiltersType0
from .web_search_preview import WebSearchPreview
from .web_search_preview_type import WebSearchPreviewType
from .web_search_search_context_size import WebSearchSearchContextSize
from .web_search_tool_call import WebSearchToolCall
from .web_search_tool_call_status import WebSearchToolCallStatus
from .web_search_tool_call_type import WebSearchToolCallType
from .web_search_type import WebSearchType

__all__ = [
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamRole",
    "AdditionalToolsItemParamType",
    "AdditionalToolsType",
    "AllowedTools",
    "AllowedToolsMode",
    "AllowedToolsType",
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
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamType",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamType",
    "ApplyPatchToolCallOutputType",
    "ApplyPatchToolCallType",
    "ApplyPatchToolType",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamType",
    "ApplyPatchUpdateFileOperationType",
    "ApproximateLocation",
    "ApproximateLocationType",
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
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallStatus",
    "CodeInterpreterToolCallType",
    "CodeInterpreterType",
    "CompactionBody",
    "CompactionBodyType",
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamType",
    "CompactionTrigger",
    "CompactionTriggerType",
    "Computer",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamType",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshot",
    "ComputerScreenshotImage",
    "ComputerScreenshotImageType",
    "ComputerScreenshotType",
    "ComputerToolCall",
    "ComputerToolCallOutputResource",
    "ComputerToolCallOutputResourceType",
    "ComputerToolCallStatus",
    "ComputerToolCallType",
    "ComputerType",
    "ComputerUsePreview",
    "ComputerUsePreviewType",
    "ContainerAutoParam",
    "ContainerAutoParamType",
    "ContainerFileCitation",
    "ContainerFileCitationType",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyAllowlistParamType",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDisabledParamType",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReference",
    "ContainerReferenceParam",
    "ContainerReferenceParamType",
    "ContainerReferenceType",
    "Conversation",
    "Coordinate",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputType",
    "CustomToolCallType",
    "CustomToolParam",
    "CustomToolParamType",
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
    "FileCitation",
    "FileCitationType",
    "FileDetailEnum",
    "FileInputDetail",
    "FilePath",
    "FilePathType",
    "FileSearch",
    "FileSearchType",
    "FindAction",
    "FindActionType",
    "Function",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamType",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionShellCall",
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
    "FunctionShellCallType",
    "FunctionTool",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallOutputResourceType",
    "FunctionToolCallOutputStatus",
    "FunctionToolCallOutputType",
    "FunctionToolCallResource",
    "FunctionToolCallResourceType",
    "FunctionToolParam",
    "FunctionToolParamType",
    "FunctionToolType",
    "FunctionType",
    "GrammarFormat",
    "GrammarFormatType",
    "GrammarSyntax1",
    "HTTPError",
    "HTTPErrorType",
    "HostedTool",
    "HostedToolType",
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
    "InlineSkillParam",
    "InlineSkillParamType",
    "InlineSkillSourceParam",
    "InlineSkillSourceParamMediaType",
    "InlineSkillSourceParamType",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputFileContentParamType",
    "InputFileContentType",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputImageContentParamAutoParamType",
    "InputImageContentType",
    "InputItemListParams",
    "InputMessage",
    "InputMessageResource",
    "InputMessageResourceRole",
    "InputMessageResourceStatus",
    "InputMessageResourceType",
    "InputMessageRole",
    "InputMessageStatus",
    "InputMessageType",
    "InputTextContent",
    "InputTextContentParam",
    "InputTextContentParamType",
    "InputTextContentType",
    "InputTokenCountParams",
    "ItemReference",
    "ItemReferenceTypeType0",
    "JSONObject",
    "JSONObjectType",
    "KeyPress",
    "KeyPressType",
    "LocalEnvironment",
    "LocalEnvironmentParam",
    "LocalEnvironmentParamType",
    "LocalEnvironmentType",
    "LocalShellCall",
    "LocalShellCallOutput",
    "LocalShellCallOutputStatusType0",
    "LocalShellCallOutputType",
    "LocalShellCallStatus",
    "LocalShellCallType",
    "LocalShellExecAction",
    "LocalShellExecActionType",
    "LocalShellTool",
    "LocalShellToolType",
    "LocalSkillParam",
    "LogProbability",
    "MCPApprovalRequest",
    "MCPApprovalRequestType",
    "MCPApprovalResponse",
    "MCPApprovalResponseResource",
    "MCPApprovalResponseResourceType",
    "MCPApprovalResponseType",
    "MCPListTools",
    "MCPListToolsTool",
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
    "MCPToolMCPToolApprovalFilter",
    "MCPToolMCPToolApprovalSetting",
    "MCPToolType",
    "Message",
    "MessagePhase",
    "MessagePhase2",
    "MessageRole",
    "MessageStatus",
    "MessageType",
    "ModelIdsSharedType1",
    "Moderation",
    "ModerationError",
    "ModerationErrorType",
    "ModerationInputType",
    "ModerationResult",
    "ModerationResultType",
    "Move",
    "MoveType",
    "Namespace",
    "NamespaceType",
    "OpenPageAction",
    "OpenPageActionType",
    "OutputText",
    "OutputTextType",
    "Program",
    "ProgramItemParam",
    "ProgramItemParamType",
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
    "ProgrammaticToolCallingParam",
    "ProgrammaticToolCallingParamType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamMode",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheTTLEnum",
    "PromptType0",
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
    "Refusal",
    "RefusalType",
    "Response",
    "ResponseCompactParams",
    "ResponseCreateParams",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallItemType",
    "ResponseCustomToolCallOutputItem",
    "ResponseCustomToolCallOutputItemType",
    "ResponseErrorCode",
    "ResponseErrorType0",
    "ResponseFileSearchToolCall",
    "ResponseFileSearchToolCallResultsType0Item",
    "ResponseFileSearchToolCallStatus",
    "ResponseFileSearchToolCallType",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallStatus",
    "ResponseFunctionToolCallType",
    "ResponseIncompleteDetailsType0",
    "ResponseIncompleteDetailsType0Reason",
    "ResponseItemList",
    "ResponseItemListObject",
    "ResponseObject",
    "ResponseOutputMessage",
    "ResponseOutputMessageRole",
    "ResponseOutputMessageStatus",
    "ResponseOutputMessageType",
    "ResponsePromptCacheRetentionType0",
    "ResponseReasoningItem",
    "ResponseReasoningItemStatus",
    "ResponseReasoningItemType",
    "ResponseRetrieveParams",
    "ResponseStatus",
    "ResponseTextParam",
    "ResponseTruncationType0",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponsesOnlyModel",
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
    "ServiceTierResponsesType0",
    "ShellAction",
    "ShellCallOutput",
    "ShellCallOutputContent",
    "ShellCallOutputType",
    "ShellCallStatus",
    "ShellExecAction",
    "ShellOutputContent",
    "ShellTool",
    "ShellToolCallOutput",
    "ShellToolCallOutputType",
    "ShellToolType",
    "SkillReferenceParam",
    "SkillReferenceParamType",
    "SpecificApplyPatchToolChoice",
    "SpecificApplyPatchToolChoiceType",
    "SpecificProgrammaticToolCallingParam",
    "SpecificProgrammaticToolCallingParamType",
    "SpecificShellToolChoice",
    "SpecificShellToolChoiceType",
    "SummaryText",
    "SummaryTextType",
    "Text",
    "TextContent",
    "TextContentType",
    "TextFormat",
    "TextFormatType",
    "TextResponseFormatJsonSchema",
    "TextResponseFormatJsonSchemaType",
    "TextType",
    "TheCompactedResponseObject",
    "TheCompactedResponseObjectObject",
    "TokenCounts",
    "TokenCountsObject",
    "ToolChoiceCustom",
    "ToolChoiceCustomType",
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
    "ToolChoiceMode",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamType",
    "ToolSearchCallType",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchOutputItemParamType",
    "ToolSearchOutputType",
    "ToolSearchTool",
    "ToolSearchToolType",
    "TopLogProbability",
    "Type",
    "TypeType",
    "URLCitation",
    "URLCitationType",
    "VerbosityType0",
    "Wait",
    "WaitType",
    "WebSearch",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocationType",
    "WebSearchFiltersType0",
    "WebSearchPreview",
    "WebSearchPreviewType",
    "WebSearchSearchContextSize",
    "WebSearchToolCall",
    "WebSearchToolCallStatus",
    "WebSearchToolCallType",
    "WebSearchType",
]
