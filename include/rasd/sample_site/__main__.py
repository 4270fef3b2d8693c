"""``python -m rasd.sample_site [--port 8765] [--host 127.0.0.1]``: serve the sample site."""

from .site import main

main()
