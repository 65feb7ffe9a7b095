"""Fixed inputs of the scenarios: nothing random may reach the wire, or replay would not match."""

from __future__ import annotations

RETURNS = (
    "returns.md",
    b"# Returns\n\nUnworn items can be returned within 30 days. Refunds reach the original payment "
    b"method within 5 business days of the parcel arriving at the warehouse.\n",
)
SHIPPING = (
    "shipping.md",
    b"# Shipping\n\nOrders placed before 2 pm ship the same day. Standard delivery takes 2 to 4 "
    b"working days; express delivery arrives the next working day.\n",
)
WARRANTY = (
    "warranty.txt",
    b"Warranty\n\nElectronics carry a two year warranty against manufacturing defects. Send the serial "
    b"number and a photo of the fault to make a claim.\n",
)
HANDBOOK = [RETURNS, SHIPPING, WARRANTY]


def note(number: int) -> tuple[str, bytes]:
    """A short distinct document, for batches and pagination."""
    return f"note-{number:02d}.txt", f"Support note {number}: a customer asked about order {1000 + number}.\n".encode()
