-- The transaction number integrators see, of a row `t` with trade_date and id: TX, the date,
-- and the id in at least six digits (transactions and realized-pnl show the same one).
'TX' || to_char(t.trade_date, 'YYYYMMDD') || lpad(t.id::text, greatest(6, length(t.id::text)), '0')
