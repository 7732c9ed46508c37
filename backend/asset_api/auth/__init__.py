"""Keys, tokens, bearer verification, OAuth 2.0 client authentication, throttles, rate limits."""
