-- The latest close of every instrument, kept by triggers on daily_prices.
--
-- The balance call values each holding at its instrument's latest close. Looking that up in
-- daily_prices is a backward index probe per holding, the largest part of the call's cost in
-- PostgreSQL; here it is one primary-key row. Statement-level triggers keep the table exact
-- whoever writes the prices (loader, demo, a test, psql): each statement that inserts,
-- updates or deletes prices recomputes the rows of the instruments it touched, in the same
-- transaction, so a reader never sees a close that daily_prices does not hold.
CREATE TABLE latest_prices (
    instrument_id  bigint PRIMARY KEY REFERENCES instruments (id) ON DELETE CASCADE,
    trade_date     date NOT NULL,
    close          bigint NOT NULL
);

CREATE FUNCTION refresh_latest_prices() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched bigint[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        -- DELETE, not TRUNCATE: a TRUNCATE naming both tables is still running here.
        DELETE FROM latest_prices;
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT instrument_id) INTO touched FROM changed_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT instrument_id) INTO touched FROM removed_rows;
    ELSE
        SELECT array_agg(DISTINCT instrument_id) INTO touched
        FROM (SELECT instrument_id FROM changed_rows
              UNION SELECT instrument_id FROM removed_rows) r;
    END IF;
    IF touched IS NULL THEN
        RETURN NULL;
    END IF;
    -- Writers of prices take turns from here to their commit. Under READ COMMITTED each
    -- statement below then sees every price committed before it, so two concurrent loads
    -- cannot leave the close of the one that committed first.
    PERFORM pg_advisory_xact_lock(7231002);
    DELETE FROM latest_prices WHERE instrument_id = ANY (touched);
    INSERT INTO latest_prices (instrument_id, trade_date, close)
    SELECT t.id, p.trade_date, p.close
    FROM unnest(touched) AS t (id)
    CROSS JOIN LATERAL (
        SELECT d.trade_date, d.close FROM daily_prices d
        WHERE d.instrument_id = t.id
        ORDER BY d.trade_date DESC
        LIMIT 1
    ) p;
    RETURN NULL;
END
$$;

CREATE TRIGGER latest_prices_on_insert AFTER INSERT ON daily_prices
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_latest_prices();
CREATE TRIGGER latest_prices_on_update AFTER UPDATE ON daily_prices
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_latest_prices();
CREATE TRIGGER latest_prices_on_delete AFTER DELETE ON daily_prices
    REFERENCING OLD TABLE AS removed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_latest_prices();
CREATE TRIGGER latest_prices_on_truncate AFTER TRUNCATE ON daily_prices
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_latest_prices();

INSERT INTO latest_prices (instrument_id, trade_date, close)
SELECT DISTINCT ON (instrument_id) instrument_id, trade_date, close
FROM daily_prices
ORDER BY instrument_id, trade_date DESC;
