-- Writers of asset data take their turn before anything else.
--
-- Migration 0009's report triggers make every writer of transactions, holdings, cash balances
-- and daily prices take turns, with a transaction-scoped advisory lock taken in an AFTER
-- trigger; migration 0008's realtime triggers lock a row of realtime_streams per stream, also
-- in AFTER triggers. Triggers of one event fire in name order, so on transactions the stream
-- was locked before the turn, on daily_prices after it: a loader holding the turn (it wrote
-- cash first) and a single INSERT holding an account's stream could each wait for the other.
-- A BEFORE STATEMENT trigger runs ahead of every AFTER trigger of its statement, so with it the
-- order is always the same: the writers' turn, then the price lock of 0005, then a stream.
CREATE FUNCTION take_asset_writers_turn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_lock();  -- pg_advisory_xact_lock(7231009), migration 0009
    RETURN NULL;
END
$$;

CREATE TRIGGER asset_writers_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON transactions
    FOR EACH STATEMENT EXECUTE FUNCTION take_asset_writers_turn();
CREATE TRIGGER asset_writers_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON holdings
    FOR EACH STATEMENT EXECUTE FUNCTION take_asset_writers_turn();
CREATE TRIGGER asset_writers_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON cash_balances
    FOR EACH STATEMENT EXECUTE FUNCTION take_asset_writers_turn();
CREATE TRIGGER asset_writers_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON daily_prices
    FOR EACH STATEMENT EXECUTE FUNCTION take_asset_writers_turn();
