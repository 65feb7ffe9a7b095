# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.image_gen_action_enum import ImageGenActionEnum
from ..models.image_generation_tool_background import (
    ImageGenerationToolBackground,
)
from ..models.image_generation_tool_model_type_1 import (
    ImageGenerationToolModelType1,
)
from ..models.image_generation_tool_moderation import (
    ImageGenerationToolModeration,
)
from ..models.image_generation_tool_output_format import (
    ImageGenerationToolOutputFormat,
)
from ..models.image_generation_tool_quality import ImageGenerationToolQuality
from ..models.image_generation_tool_size_type_1 import (
    ImageGenerationToolSizeType1,
)
from ..models.image_generation_tool_type import ImageGenerationToolType
from ..models.input_fidelity import InputFidelity
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.image_generation_tool_input_image_mask import ImageGenerationToolInputImageMask

T = TypeVar("T", bound="ImageGenerationTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("action", "action"),
    ("background", "background"),
    ("input_fidelity", "input_fidelity"),
    ("input_image_mask", "input_image_mask"),
    ("model", "model"),
    ("moderation", "moderation"),
    ("output_compression", "output_compression"),
    ("output_format", "output_format"),
    ("partial_images", "partial_images"),
    ("quality", "quality"),
    ("size", "size"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "action",
        "background",
        "input_fidelity",
        "input_image_mask",
        "model",
        "moderation",
        "output_compression",
        "output_format",
        "partial_images",
        "quality",
        "size",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.image_generation_tool_input_image_mask import ImageGenerationToolInputImageMask  # noqa: PLC0415

    return (ImageGenerationToolInputImageMask.from_dict,)


@_attrs_define(init=False, repr=False)
class ImageGenerationTool(BaseModel):
    """A tool that generates images using the GPT image models.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: ImageGenerationToolType
    """The type of the image generation tool. Always `image_generation`."""
    action: ImageGenActionEnum | None
    """Whether to generate a new image or edit an existing image. Default: `auto`."""
    background: ImageGenerationToolBackground | None
    """Set the background of the generated image. One of `transparent`, `opaque`, or `auto`. Transparent backgrounds are
    available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in
    preview. When using `transparent`, set the output format to `png` or `webp`. Default: `auto`.
    """
    input_fidelity: InputFidelity | None
    """Control how much effort the model will exert to match the style and features, especially facial features, of
    input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models,
    unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
    """
    input_image_mask: ImageGenerationToolInputImageMask | None
    """Optional mask for inpainting. Contains `image_url` (string, optional) and `file_id` (string, optional)."""
    model: str | ImageGenerationToolModelType1 | None
    moderation: ImageGenerationToolModeration | None
    """Moderation level for the generated image. Default: `auto`."""
    output_compression: int | None
    """Compression level for the output image. Default: 100."""
    output_format: ImageGenerationToolOutputFormat | None
    """The output format of the generated image. One of `png`, `webp`, or `jpeg`. Default: `png`."""
    partial_images: int | None
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""
    quality: ImageGenerationToolQuality | None
    """The quality of the generated image. One of `low`, `medium`, `high`, or `auto`. Default: `auto`."""
    size: str | ImageGenerationToolSizeType1 | None
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are
    supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and
    the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
    maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and
    edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models;
    `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or
    `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    """

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: ImageGenerationToolType,
        action: ImageGenActionEnum | None | Unset = UNSET,
        background: ImageGenerationToolBackground | None | Unset = UNSET,
        input_fidelity: InputFidelity | None | Unset = UNSET,
        input_image_mask: ImageGenerationToolInputImageMask | None | Unset = UNSET,
        model: str | ImageGenerationToolModelType1 | None | Unset = UNSET,
        moderation: ImageGenerationToolModeration | None | Unset = UNSET,
        output_compression: int | None | Unset = UNSET,
        output_format: ImageGenerationToolOutputFormat | None | Unset = UNSET,
        partial_images: int | None | Unset = UNSET,
        quality: ImageGenerationToolQuality | None | Unset = UNSET,
        size: str | ImageGenerationToolSizeType1 | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(action, Unset):
            self.action = None
        else:
            self.action = action
            _given_keys.add("action")
        if isinstance(background, Unset):
            self.background = None
        else:
            self.background = background
            _given_keys.add("background")
        if isinstance(input_fidelity, Unset):
            self.input_fidelity = None
        else:
            self.input_fidelity = input_fidelity
            _given_keys.add("input_fidelity")
        if isinstance(input_image_mask, Unset):
            self.input_image_mask = None
        else:
            self.input_image_mask = input_image_mask
            _given_keys.add("input_image_mask")
        if isinstance(model, Unset):
            self.model = None
        else:
            self.model = model
            _given_keys.add("model")
        if isinstance(moderation, Unset):
            self.moderation = None
        else:
            self.moderation = moderation
            _given_keys.add("moderation")
        if isinstance(output_compression, Unset):
            self.output_compression = None
        else:
            self.output_compression = output_compression
            _given_keys.add("output_compression")
        if isinstance(output_format, Unset):
            self.output_format = None
        else:
            self.output_format = output_format
            _given_keys.add("output_format")
        if isinstance(partial_images, Unset):
            self.partial_images = None
        else:
            self.partial_images = partial_images
            _given_keys.add("partial_images")
        if isinstance(quality, Unset):
            self.quality = None
        else:
            self.quality = quality
            _given_keys.add("quality")
        if isinstance(size, Unset):
            self.size = None
        else:
            self.size = size
            _given_keys.add("size")
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (parse_1,) = _parsers()
        obj.type = pop("type", None)
        obj.action = pop("action", None)
        obj.background = pop("background", None)
        obj.input_fidelity = pop("input_fidelity", None)
        obj.input_image_mask = lenient(pop("input_image_mask", None), parse_1)
        obj.model = pop("model", None)
        obj.moderation = pop("moderation", None)
        obj.output_compression = pop("output_compression", None)
        obj.output_format = pop("output_format", None)
        obj.partial_images = pop("partial_images", None)
        obj.quality = pop("quality", None)
        obj.size = pop("size", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("image_generation",)
