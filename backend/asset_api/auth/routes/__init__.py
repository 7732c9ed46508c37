"""The token endpoints: the broker dialect (api-spec/auth/) and OAuth 2.0 (api-spec/oauth2/)."""
