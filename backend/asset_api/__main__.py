from asset_api.cli.main import main

raise SystemExit(main())
