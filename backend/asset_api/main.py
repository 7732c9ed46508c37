"""The ASGI app for `uvicorn asset_api.main:app` (settings from the environment), as `asset-api
serve` runs it in each worker.

Everything made to this point (modules, the app, its routes and models) is moved out of the
garbage collector's reach: a full collection otherwise walked all of it and held every request
of the process up for tens of milliseconds, a few times a minute under load. Not in
`create_app`: the tests make many apps in one process, and their garbage must stay collectable.
"""

import gc

from asset_api.app import create_app

app = create_app()
gc.collect()
gc.freeze()
