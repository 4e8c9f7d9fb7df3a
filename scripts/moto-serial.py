"""moto_server, but answering one request at a time.

moto's threaded server checks a DynamoDB condition and then writes, so two concurrent conditional
writes can both succeed there (real DynamoDB serializes them). Our contract suites race twenty
writers on purpose; serving requests one by one makes moto honour the same guarantee.

    python3 scripts/moto-serial.py PORT
"""
import sys

from moto.server import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

app = DomainDispatcherApplication(create_backend_app)
run_simple("127.0.0.1", int(sys.argv[1]), app, threaded=False, use_reloader=False)
