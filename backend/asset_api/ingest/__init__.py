"""Data in: the dataset writer, the file loader, the demo dataset, the Kiwoom sync."""
