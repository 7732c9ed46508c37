"""The HTTP layer every domain shares: envelope, errors, middleware, request state, validation."""
