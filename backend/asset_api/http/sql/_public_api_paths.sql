-- Requests to the public API (token and data endpoints), as opposed to admin or health calls:
-- what the usage figures count.
(path LIKE '/asset-erp/%' OR path LIKE '/oauth2/%')
