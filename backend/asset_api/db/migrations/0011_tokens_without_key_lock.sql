-- Token issuance without a row lock on its key.
--
-- The foreign key access_tokens.key_id → api_keys made every INSERT of a token lock its key's
-- row (the check's SELECT ... FOR KEY SHARE): concurrent issuances for one key, the usual case
-- for an integrator's workers, each added their transaction to the row's lockers, which takes
-- a new MultiXact per insert. That halved the rate at which PostgreSQL inserts tokens for one
-- key at 16 connections (counted in the commit that made this).
--
-- What the key protected stays true another way: a token is inserted only under a key that
-- the same request has just read (auth/tokens.py: issue_token, after authenticate_client), and
-- a key is never deleted (revoked or expired, it stays; its tokens are revoked with it), which
-- the trigger below now makes a rule of the database rather than of the code alone.
ALTER TABLE access_tokens DROP CONSTRAINT access_tokens_key_id_fkey;

CREATE FUNCTION api_keys_are_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'api_keys rows are never deleted: revoke the key instead (access_tokens refer to it)';
END
$$;
CREATE TRIGGER api_keys_never_deleted BEFORE DELETE ON api_keys
    FOR EACH STATEMENT EXECUTE FUNCTION api_keys_are_never_deleted();
