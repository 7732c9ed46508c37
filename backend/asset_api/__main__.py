from asset_api.cli import main

raise SystemExit(main())
