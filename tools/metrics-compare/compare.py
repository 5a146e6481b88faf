#!/usr/bin/env python3
"""Compare DebtRadar's member and type CSVs with a Microsoft.CodeAnalysis.Metrics report.

Usage: compare.py REPORT.Metrics.xml MEMBERS.csv TYPES.csv [--show N] [--only METRIC]

Row mapping (docs/reference-agreement-ms.md):
  * Each DebtRadar member row is one MS <Method>: a method, constructor, finalizer, operator or
    conversion directly under <Members>, or an accessor under <Property>/<Event> <Accessors>.
  * Key: file (the report's absolute File ends with the CSV's relative path), accessor keyword
    (getter=get, setter=set, init=init, adder=add, remover=remove; '' otherwise) and line: the
    CSV line equals the MS method's Line, or, for the getter of an expression-bodied property or
    indexer (MS puts it on the arrow clause), the Line of the owning <Property>. Two candidates on
    one line are told apart by the member's simple name.
  * Types: <Namespace Name>.<NamedType Name> ('<global namespace>' is dropped) equals the CSV type.
Metrics compared: member cc, mi, coupling, loc_source, loc_exec; type dit, coupling, cc, mi, loc_source.
"""
import argparse
import csv
import xml.etree.ElementTree as ET
from collections import defaultdict

MEMBER_METRICS = [('cc', 'CyclomaticComplexity'), ('mi', 'MaintainabilityIndex'), ('coupling', 'ClassCoupling'),
                  ('loc_source', 'SourceLines'), ('loc_exec', 'ExecutableLines')]
TYPE_METRICS = [('dit', 'DepthOfInheritance'), ('coupling', 'ClassCoupling'), ('cc', 'CyclomaticComplexity'),
                ('mi', 'MaintainabilityIndex'), ('loc_source', 'SourceLines')]
ACCESSOR = {'getter': 'get', 'setter': 'set', 'init': 'init', 'adder': 'add', 'remover': 'remove'}


def metrics(e):
    return {m.get('Name'): int(m.get('Value')) for m in e.findall('Metrics/Metric')}


def read_report(path):
    methods, types = [], {}
    root = ET.parse(path).getroot()
    for ns in root.iter('Namespace'):
        prefix = '' if ns.get('Name') == '<global namespace>' else ns.get('Name') + '.'
        for t in ns.findall('Types/NamedType'):
            tname = prefix + t.get('Name')
            types[tname] = metrics(t)
            for m in t.findall('Members/*'):
                if m.tag == 'Method':
                    methods.append(dict(file=m.get('File') or '', line=int(m.get('Line') or 0), owner=None,
                                        acc='', name=m.get('Name'), type=tname, m=metrics(m)))
                elif m.tag in ('Property', 'Event'):
                    for a in m.findall('Accessors/Method'):
                        n = a.get('Name')
                        methods.append(dict(file=a.get('File') or '', line=int(a.get('Line') or 0),
                                            owner=int(m.get('Line') or 0), acc=n[n.rfind('.') + 1:], name=n,
                                            type=tname, m=metrics(a)))
    return methods, types


def simple_name(member):
    return member.split('(')[0].split('<')[0].replace('.get', '').replace('.set', '')


def match_members(methods, rows):
    by_key = defaultdict(list)
    for r in methods:
        by_key[(r['file'].replace('\\', '/').rsplit('/', 1)[-1], r['acc'])].append(r)
    used, pairs, unmatched = set(), [], []
    for row in rows:
        acc = ACCESSOR.get(row['kind'], '')
        cands = [c for c in by_key[(row['file'].rsplit('/', 1)[-1], acc)]
                 if c['file'].replace('\\', '/').endswith(row['file']) and id(c) not in used]
        line = int(row['line'])
        hit = [c for c in cands if c['line'] == line] or [c for c in cands if c['owner'] == line]
        if len(hit) > 1:
            name = simple_name(row['member'])
            hit = [c for c in hit if ('.' + name + '(') in c['name'] or ('.' + name + '.') in c['name']
                   or c['name'].endswith('.' + name)] or hit
        if hit:
            used.add(id(hit[0]))
            pairs.append((row, hit[0]))
        else:
            unmatched.append(row)
    missing = [m for m in methods if id(m) not in used]
    return pairs, unmatched, missing


def report(title, pairs, metric_map, show, only, describe):
    print(f'== {title}: {len(pairs)} matched rows')
    for ours, theirs in metric_map:
        if only and ours not in only:
            continue
        bad = [(r, x) for r, x in pairs if theirs in x and int(r[ours]) != x[theirs]]
        n = sum(1 for _, x in pairs if theirs in x)
        pct = 100.0 * (n - len(bad)) / n if n else 100.0
        mad = sum(abs(int(r[ours]) - x[theirs]) for r, x in bad) / n if n else 0.0
        print(f'  {ours:<11} {n - len(bad):>6}/{n:<6} {pct:7.3f} %   mean |diff| {mad:.3f}')
        for r, x in bad[:show]:
            print(f'      {describe(r)}: DebtRadar {r[ours]}, reference {x[theirs]}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('xml')
    ap.add_argument('members')
    ap.add_argument('types')
    ap.add_argument('--show', type=int, default=10, help='mismatching rows printed per metric')
    ap.add_argument('--only', nargs='*', help='metrics to print')
    a = ap.parse_args()
    methods, types = read_report(a.xml)
    with open(a.members, newline='', encoding='utf-8') as f:
        member_rows = list(csv.DictReader(f))
    with open(a.types, newline='', encoding='utf-8') as f:
        type_rows = list(csv.DictReader(f))

    pairs, unmatched, missing = match_members(methods, member_rows)
    report('members', [(r, x['m']) for r, x in pairs], MEMBER_METRICS, a.show, a.only,
           lambda r: f"{r['file']}:{r['line']} {r['type']}.{r['member']}")
    print(f'  DebtRadar members without a reference row: {len(unmatched)}')
    for r in unmatched[:a.show]:
        print(f"      {r['file']}:{r['line']} {r['type']}.{r['member']} ({r['kind']})")
    print(f'  reference methods without a DebtRadar row: {len(missing)}')
    for m in missing[:a.show]:
        print(f"      {m['file'].rsplit('/', 1)[-1]}:{m['line']} {m['name']}")

    tpairs = [(r, types[r['type']]) for r in type_rows if r['type'] in types]
    report('types', tpairs, TYPE_METRICS, a.show, a.only, lambda r: r['type'])
    names = {r['type'] for r in type_rows}
    print(f'  DebtRadar types without a reference row: {sum(1 for r in type_rows if r["type"] not in types)}')
    lost = [t for t in types if t not in names]
    print(f'  reference types without a DebtRadar row: {len(lost)} {lost[:a.show]}')


if __name__ == '__main__':
    main()
