-- One flush of request records, counted into the hourly rollups the dashboard reads: the
-- batch's calls to the public API per hour ($1 at, $2 path, $3 return_code of each record).
INSERT INTO request_counts_hourly AS c (hour, requests, refusals)
SELECT date_trunc('hour', r.at, 'UTC'), count(*), count(*) FILTER (WHERE r.return_code <> 0)
FROM unnest($1::timestamptz[], $2::text[], $3::int[]) AS r (at, path, return_code)
WHERE /*:public_api_paths*/
GROUP BY 1
ON CONFLICT (hour) DO UPDATE
SET requests = c.requests + excluded.requests,
    refusals = c.refusals + excluded.refusals
