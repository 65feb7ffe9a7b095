"""A small in-memory stand-in for the API behind httpx2.MockTransport, for running the seed's
calls end to end without a server. Processing completes on the second look at an object."""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import httpx2

COUNTS = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}


class FakeAPI:
    def __init__(self) -> None:
        self.ids = itertools.count(1)
        self.stores: dict[str, dict[str, Any]] = {}
        self.files: dict[str, dict[str, Any]] = {}
        self.attached: dict[tuple[str, str], dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.looks: dict[str, int] = {}
        self.requests: list[httpx2.Request] = []

    def _id(self, prefix: str) -> str:
        return f"{prefix}{next(self.ids):04d}"

    def _progress(self, key: str, obj: dict[str, Any]) -> dict[str, Any]:
        self.looks[key] = self.looks.get(key, 0) + 1
        if obj["status"] == "in_progress" and self.looks[key] > 1:
            obj["status"] = "completed"
        return obj

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1")
        method = request.method
        body: dict[str, Any] = (
            json.loads(request.content) if request.headers.get("content-type") == "application/json" else {}
        )
        headers = {"x-request-id": f"req_{len(self.requests)}", "openai-poll-after-ms": "10"}

        def ok(payload: Any) -> httpx2.Response:
            return httpx2.Response(200, json=payload, headers=headers)

        def page(items: list[dict[str, Any]]) -> httpx2.Response:
            params = request.url.params
            if "after" in params:
                ids = [item["id"] for item in items]
                items = items[ids.index(params["after"]) + 1 :]
            if "filter" in params:
                items = [item for item in items if item["status"] == params["filter"]]
            limit = int(params.get("limit", 20))
            data = items[:limit]
            return ok(
                {
                    "object": "list",
                    "data": data,
                    "first_id": data[0]["id"] if data else None,
                    "last_id": data[-1]["id"] if data else None,
                    "has_more": len(items) > limit,
                }
            )

        if path == "/files" and method == "POST":
            name = re.search(rb'filename="([^"]+)"', request.content)
            file: dict[str, Any] = {
                "id": self._id("file-"),
                "object": "file",
                "bytes": len(request.content),
                "created_at": 1,
                "filename": name.group(1).decode() if name else "upload",
                "purpose": "assistants",
                "status": "processed",
            }
            self.files[file["id"]] = file
            return ok(file)
        if path == "/files" and method == "GET":
            return page(list(self.files.values()))
        if m := re.fullmatch(r"/files/([^/]+)", path):
            if m[1] not in self.files:
                return httpx2.Response(
                    404,
                    json={
                        "error": {
                            "message": f"No such File object: {m[1]}",
                            "type": "invalid_request_error",
                            "param": "id",
                            "code": None,
                        }
                    },
                )
            if method == "DELETE":
                del self.files[m[1]]
                return ok({"id": m[1], "object": "file", "deleted": True})
            return ok(self.files[m[1]])
        if path == "/vector_stores" and method == "POST":
            store: dict[str, Any] = {
                "id": self._id("vs_"),
                "object": "vector_store",
                "created_at": 1,
                "name": body.get("name"),
                "usage_bytes": 0,
                "file_counts": dict(COUNTS),
                "last_active_at": 1,
                "metadata": body.get("metadata"),
                "expires_after": body.get("expires_after"),
                "status": "in_progress" if body.get("file_ids") else "completed",
            }
            self.stores[store["id"]] = store
            return ok(store)
        if path == "/vector_stores":
            return page(list(self.stores.values()))
        if m := re.fullmatch(r"/vector_stores/([^/]+)", path):
            store = self.stores[m[1]]
            if method == "DELETE":
                del self.stores[m[1]]
                return ok({"id": m[1], "object": "vector_store.deleted", "deleted": True})
            if method == "POST":
                store.update({k: v for k, v in body.items() if k in ("name", "metadata", "expires_after")})
                return ok(store)
            return ok(self._progress(m[1], store))
        if m := re.fullmatch(r"/vector_stores/([^/]+)/search", path):
            return ok(
                {
                    "object": "vector_store.search_results.page",
                    "search_query": [body["query"]],
                    "data": [
                        {
                            "file_id": "file-0001",
                            "filename": "a.txt",
                            "score": 0.9,
                            "attributes": {},
                            "content": [{"type": "text", "text": "install with pip"}],
                        }
                    ],
                    "has_more": False,
                    "next_page": None,
                }
            )
        if m := re.fullmatch(r"/vector_stores/([^/]+)/files", path):
            if method == "POST":
                attached = {
                    "id": body["file_id"],
                    "object": "vector_store.file",
                    "created_at": 1,
                    "vector_store_id": m[1],
                    "usage_bytes": 10,
                    "status": "in_progress",
                    "last_error": None,
                    "attributes": body.get("attributes") or {},
                }
                self.attached[(m[1], body["file_id"])] = attached
                return ok(attached)
            return page([f for (store, _), f in self.attached.items() if store == m[1]])
        if m := re.fullmatch(r"/vector_stores/([^/]+)/files/([^/]+)", path):
            attached = self.attached[(m[1], m[2])]
            if method == "DELETE":
                del self.attached[(m[1], m[2])]
                return ok({"id": m[2], "object": "vector_store.file.deleted", "deleted": True})
            if method == "POST":
                attached["attributes"] = body["attributes"]
                return ok(attached)
            return ok(self._progress(m[2], attached))
        if m := re.fullmatch(r"/vector_stores/([^/]+)/files/([^/]+)/content", path):
            return ok(
                {
                    "object": "vector_store.file_content.page",
                    "data": [{"type": "text", "text": "hello"}],
                    "has_more": False,
                    "next_page": None,
                }
            )
        if m := re.fullmatch(r"/vector_stores/([^/]+)/file_batches", path):
            batch = {
                "id": self._id("vsfb_"),
                "object": "vector_store.file_batch",
                "created_at": 1,
                "vector_store_id": m[1],
                "status": "in_progress",
                "file_counts": {**COUNTS, "total": len(body.get("file_ids", []))},
                "file_ids": body.get("file_ids", []),
            }
            self.batches[batch["id"]] = batch
            return ok(batch)
        if m := re.fullmatch(r"/vector_stores/([^/]+)/file_batches/([^/]+)(/cancel|/files)?", path):
            batch = self.batches[m[2]]
            if m[3] == "/cancel":
                batch["status"] = "cancelled"
                return ok(batch)
            if m[3] == "/files":
                return page(
                    [
                        {
                            "id": fid,
                            "object": "vector_store.file",
                            "created_at": 1,
                            "vector_store_id": m[1],
                            "usage_bytes": 1,
                            "status": "completed",
                            "last_error": None,
                        }
                        for fid in batch["file_ids"]
                    ]
                )
            return ok(self._progress(m[2], batch))
        return httpx2.Response(
            404, json={"error": {"message": f"no route {method} {path}", "type": "x", "param": None, "code": None}}
        )
