# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseStreamEvent`` union: 58 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .response_audio_delta_event import ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
    from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
    from .response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
    from .response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
    from .response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
    from .response_completed_event import ResponseCompletedEvent
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_created_event import ResponseCreatedEvent
    from .response_custom_tool_call_input_delta import ResponseCustomToolCallInputDelta
    from .response_custom_tool_call_input_done import ResponseCustomToolCallInputDone
    from .response_error_event import ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent
    from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
    from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
    from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
    from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
    from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
    from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
    from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
    from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
    from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent
    from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
    from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
    from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
    from .response_mcp_list_tools_in_progress_event import ResponseMCPListToolsInProgressEvent
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_queued_event import ResponseQueuedEvent
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_shell_call_output_content_delta_event import ResponseShellCallOutputContentDeltaEvent
    from .response_shell_call_output_content_done_event import ResponseShellCallOutputContentDoneEvent
    from .response_shell_command_added_event import ResponseShellCommandAddedEvent
    from .response_shell_command_delta_event import ResponseShellCommandDeltaEvent
    from .response_shell_command_done_event import ResponseShellCommandDoneEvent
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
    from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
    from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

__all__ = ["ResponseStreamEvent", "parse_response_stream_event"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ResponseStreamEvent: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseErrorEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseShellCommandAddedEvent",
    "ResponseShellCommandDeltaEvent",
    "ResponseShellCommandDoneEvent",
    "ResponseShellCallOutputContentDeltaEvent",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseInProgressEvent",
    "ResponseFailedEvent",
    "ResponseIncompleteEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseQueuedEvent",
    "ResponseCustomToolCallInputDelta",
    "ResponseCustomToolCallInputDone",
]
"""Event emitted while a response is streamed."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .response_audio_delta_event import ResponseAudioDeltaEvent  # noqa: PLC0415
    from .response_audio_done_event import ResponseAudioDoneEvent  # noqa: PLC0415
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent  # noqa: PLC0415
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent  # noqa: PLC0415
    from .response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent  # noqa: PLC0415
    from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent  # noqa: PLC0415
    from .response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent  # noqa: PLC0415
    from .response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent  # noqa: PLC0415
    from .response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent  # noqa: PLC0415
    from .response_completed_event import ResponseCompletedEvent  # noqa: PLC0415
    from .response_content_part_added_event import ResponseContentPartAddedEvent  # noqa: PLC0415
    from .response_content_part_done_event import ResponseContentPartDoneEvent  # noqa: PLC0415
    from .response_created_event import ResponseCreatedEvent  # noqa: PLC0415
    from .response_custom_tool_call_input_delta import ResponseCustomToolCallInputDelta  # noqa: PLC0415
    from .response_custom_tool_call_input_done import ResponseCustomToolCallInputDone  # noqa: PLC0415
    from .response_error_event import ResponseErrorEvent  # noqa: PLC0415
    from .response_failed_event import ResponseFailedEvent  # noqa: PLC0415
    from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent  # noqa: PLC0415
    from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent  # noqa: PLC0415
    from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent  # noqa: PLC0415
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent  # noqa: PLC0415
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent  # noqa: PLC0415
    from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent  # noqa: PLC0415
    from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent  # noqa: PLC0415
    from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent  # noqa: PLC0415
    from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent  # noqa: PLC0415
    from .response_in_progress_event import ResponseInProgressEvent  # noqa: PLC0415
    from .response_incomplete_event import ResponseIncompleteEvent  # noqa: PLC0415
    from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent  # noqa: PLC0415
    from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent  # noqa: PLC0415
    from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent  # noqa: PLC0415
    from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent  # noqa: PLC0415
    from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent  # noqa: PLC0415
    from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent  # noqa: PLC0415
    from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent  # noqa: PLC0415
    from .response_mcp_list_tools_in_progress_event import ResponseMCPListToolsInProgressEvent  # noqa: PLC0415
    from .response_output_item_added_event import ResponseOutputItemAddedEvent  # noqa: PLC0415
    from .response_output_item_done_event import ResponseOutputItemDoneEvent  # noqa: PLC0415
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent  # noqa: PLC0415
    from .response_queued_event import ResponseQueuedEvent  # noqa: PLC0415
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent  # noqa: PLC0415
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent  # noqa: PLC0415
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent  # noqa: PLC0415
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent  # noqa: PLC0415
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent  # noqa: PLC0415
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent  # noqa: PLC0415
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent  # noqa: PLC0415
    from .response_refusal_done_event import ResponseRefusalDoneEvent  # noqa: PLC0415
    from .response_shell_call_output_content_delta_event import ResponseShellCallOutputContentDeltaEvent  # noqa: PLC0415
    from .response_shell_call_output_content_done_event import ResponseShellCallOutputContentDoneEvent  # noqa: PLC0415
    from .response_shell_command_added_event import ResponseShellCommandAddedEvent  # noqa: PLC0415
    from .response_shell_command_delta_event import ResponseShellCommandDeltaEvent  # noqa: PLC0415
    from .response_shell_command_done_event import ResponseShellCommandDoneEvent  # noqa: PLC0415
    from .response_text_delta_event import ResponseTextDeltaEvent  # noqa: PLC0415
    from .response_text_done_event import ResponseTextDoneEvent  # noqa: PLC0415
    from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent  # noqa: PLC0415
    from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent  # noqa: PLC0415
    from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "response.audio.delta": ResponseAudioDeltaEvent,
            "response.audio.done": ResponseAudioDoneEvent,
            "response.audio.transcript.delta": ResponseAudioTranscriptDeltaEvent,
            "response.audio.transcript.done": ResponseAudioTranscriptDoneEvent,
            "response.code_interpreter_call_code.delta": ResponseCodeInterpreterCallCodeDeltaEvent,
            "response.code_interpreter_call_code.done": ResponseCodeInterpreterCallCodeDoneEvent,
            "response.code_interpreter_call.completed": ResponseCodeInterpreterCallCompletedEvent,
            "response.code_interpreter_call.in_progress": ResponseCodeInterpreterCallInProgressEvent,
            "response.code_interpreter_call.interpreting": ResponseCodeInterpreterCallInterpretingEvent,
            "response.completed": ResponseCompletedEvent,
            "response.content_part.added": ResponseContentPartAddedEvent,
            "response.content_part.done": ResponseContentPartDoneEvent,
            "response.created": ResponseCreatedEvent,
            "error": ResponseErrorEvent,
            "response.file_search_call.completed": ResponseFileSearchCallCompletedEvent,
            "response.file_search_call.in_progress": ResponseFileSearchCallInProgressEvent,
            "response.file_search_call.searching": ResponseFileSearchCallSearchingEvent,
            "response.function_call_arguments.delta": ResponseFunctionCallArgumentsDeltaEvent,
            "response.function_call_arguments.done": ResponseFunctionCallArgumentsDoneEvent,
            "response.shell_call_command.added": ResponseShellCommandAddedEvent,
            "response.shell_call_command.delta": ResponseShellCommandDeltaEvent,
            "response.shell_call_command.done": ResponseShellCommandDoneEvent,
            "response.shell_call_output_content.delta": ResponseShellCallOutputContentDeltaEvent,
            "response.shell_call_output_content.done": ResponseShellCallOutputContentDoneEvent,
            "response.in_progress": ResponseInProgressEvent,
            "response.failed": ResponseFailedEvent,
            "response.incomplete": ResponseIncompleteEvent,
            "response.output_item.added": ResponseOutputItemAddedEvent,
            "response.output_item.done": ResponseOutputItemDoneEvent,
            "response.reasoning_summary_part.added": ResponseReasoningSummaryPartAddedEvent,
            "response.reasoning_summary_part.done": ResponseReasoningSummaryPartDoneEvent,
            "response.reasoning_summary_text.delta": ResponseReasoningSummaryTextDeltaEvent,
            "response.reasoning_summary_text.done": ResponseReasoningSummaryTextDoneEvent,
            "response.reasoning_text.delta": ResponseReasoningTextDeltaEvent,
            "response.reasoning_text.done": ResponseReasoningTextDoneEvent,
            "response.refusal.delta": ResponseRefusalDeltaEvent,
            "response.refusal.done": ResponseRefusalDoneEvent,
            "response.output_text.delta": ResponseTextDeltaEvent,
            "response.output_text.done": ResponseTextDoneEvent,
            "response.web_search_call.completed": ResponseWebSearchCallCompletedEvent,
            "response.web_search_call.in_progress": ResponseWebSearchCallInProgressEvent,
            "response.web_search_call.searching": ResponseWebSearchCallSearchingEvent,
            "response.image_generation_call.completed": ResponseImageGenCallCompletedEvent,
            "response.image_generation_call.generating": ResponseImageGenCallGeneratingEvent,
            "response.image_generation_call.in_progress": ResponseImageGenCallInProgressEvent,
            "response.image_generation_call.partial_image": ResponseImageGenCallPartialImageEvent,
            "response.mcp_call_arguments.delta": ResponseMCPCallArgumentsDeltaEvent,
            "response.mcp_call_arguments.done": ResponseMCPCallArgumentsDoneEvent,
            "response.mcp_call.completed": ResponseMCPCallCompletedEvent,
            "response.mcp_call.failed": ResponseMCPCallFailedEvent,
            "response.mcp_call.in_progress": ResponseMCPCallInProgressEvent,
            "response.mcp_list_tools.completed": ResponseMCPListToolsCompletedEvent,
            "response.mcp_list_tools.failed": ResponseMCPListToolsFailedEvent,
            "response.mcp_list_tools.in_progress": ResponseMCPListToolsInProgressEvent,
            "response.output_text.annotation.added": ResponseOutputTextAnnotationAddedEvent,
            "response.queued": ResponseQueuedEvent,
            "response.custom_tool_call_input.delta": ResponseCustomToolCallInputDelta,
            "response.custom_tool_call_input.done": ResponseCustomToolCallInputDone,
        },
    )


def parse_response_stream_event(data: Any) -> ResponseStreamEvent:
    """One ``ResponseStreamEvent`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
