from asset_api.specgen.cli import main

raise SystemExit(main())
