#!/usr/bin/env python3
"""Signs requests with botocore's own SigV4 code, for the cross-check in SigV4BotocoreTests.

stdin: a JSON list of {method, url, headers: [[name, value]], body_base64, access_key, secret_key,
token (or null), region, service, timestamp ("YYYYMMDDTHHMMSSZ"), s3 (bool)}.
stdout: a JSON list of {authorization, canonical_request}, one per input, in order.
"""
import base64
import datetime
import json
import sys
from unittest import mock

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(case):
    at = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ")
    request = AWSRequest(
        method=case["method"],
        url=case["url"],
        headers=dict(case["headers"]),
        data=base64.b64decode(case["body_base64"]),
    )
    credentials = Credentials(case["access_key"], case["secret_key"], case.get("token"))
    auth_class = botocore.auth.S3SigV4Auth if case.get("s3") else botocore.auth.SigV4Auth
    signer = auth_class(credentials, case["service"], case["region"])
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=at):
        signer.add_auth(request)
    authorization = request.headers["Authorization"]
    # Recomputed without the Authorization header botocore just added, as it was when it signed.
    del request.headers["Authorization"]
    return {"authorization": authorization, "canonical_request": signer.canonical_request(request)}


def main():
    cases = json.load(sys.stdin)
    json.dump([sign(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
