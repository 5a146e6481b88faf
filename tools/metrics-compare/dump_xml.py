#!/usr/bin/env python3
"""Print a .Metrics.xml as an indented tree of members with their metrics (for reading by eye)."""
import sys
import xml.etree.ElementTree as ET

SKIP = {'Members', 'Types', 'Namespaces', 'Targets', 'CodeMetricsReport', 'Accessors'}


def walk(e, depth=0):
    if e.tag == 'Metrics':
        return
    m = {x.get('Name'): x.get('Value') for x in e.findall('Metrics/Metric')}
    if e.tag not in SKIP:
        print('  ' * depth + e.tag, e.get('Name'), e.get('Line') or '',
              ' '.join(f"{k[:4]}={v}" for k, v in m.items()))
    for c in e:
        walk(c, depth + 1)


walk(ET.parse(sys.argv[1]).getroot())
