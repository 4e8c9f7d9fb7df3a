#!/usr/bin/env python3
"""Expands a SAM template into the CloudFormation that `sam deploy` would submit and prints it as JSON.

Usage: expand.py TEMPLATE.yaml      the expanded CloudFormation
       expand.py --raw FILE.yaml     the file itself as JSON (short tags in long form), no transform
Runs offline: the managed-policy loader is a stub because our template names no managed policy
(every role is an explicit AWS::IAM::Role), so a lookup would itself be a finding.
Exit 0 with JSON on stdout, or exit 1 with the translator's message on stderr.
"""
import json
import os
import re
import sys

import yaml
from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform


class _CfnLoader(yaml.SafeLoader):
    """SafeLoader that turns CloudFormation short tags (!Sub, !GetAtt, ...) into their long form."""


def _intrinsic(loader, tag_suffix, node):
    name = "Ref" if tag_suffix == "Ref" else "Fn::" + tag_suffix
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if tag_suffix == "GetAtt" and isinstance(value, str):
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {name: value}


_CfnLoader.add_multi_constructor("!", _intrinsic)

# YAML 1.1 reads on/off/yes/no as booleans, which turns a workflow's `on:` key into True. Only
# true/false are booleans here, as in YAML 1.2 and in GitHub's and CloudFormation's readings.
_CfnLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _CfnLoader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


class _NoManagedPolicies:
    def load(self):
        return {}


# `sam package` replaces a local CodeUri with the S3 object it uploaded; the translator accepts
# only that form, so a local folder becomes a placeholder object here.
_PACKAGED = "s3://fc-expand-placeholder/bootstrap.zip"


def _as_packaged(template):
    functions = [template.get("Globals", {}).get("Function", {})]
    functions += [r.get("Properties", {}) for r in template.get("Resources", {}).values()
                  if r.get("Type") == "AWS::Serverless::Function"]
    for props in functions:
        if isinstance(props.get("CodeUri"), str) and not props["CodeUri"].startswith("s3://"):
            props["CodeUri"] = _PACKAGED
    return template


def main(argv):
    raw = len(argv) == 3 and argv[1] == "--raw"
    if len(argv) != 2 and not raw:
        print("usage: expand.py [--raw] FILE.yaml", file=sys.stderr)
        return 2
    with open(argv[-1], encoding="utf-8") as f:
        template = yaml.load(f, Loader=_CfnLoader)  # noqa: S506 - SafeLoader subclass
    if raw:
        json.dump(template, sys.stdout, indent=1, sort_keys=True, default=str)
        return 0
    os.environ.setdefault("AWS_DEFAULT_REGION", "ap-southeast-1")
    try:
        expanded = transform(_as_packaged(template), {}, _NoManagedPolicies())
    except InvalidDocumentException as e:
        print("\n".join(str(c) for c in e.causes), file=sys.stderr)
        return 1
    json.dump(expanded, sys.stdout, indent=1, sort_keys=True, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
