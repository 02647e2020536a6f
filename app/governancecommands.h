#pragma once

#include "app/commandline.h"

// probe, verify-pack, review-pack, connector disable|enable, export of one pack, and check.
namespace CommandLine {
int runProbe(const Options &o);
int runVerifyPack(const Options &o);
int runReviewPack(const Options &o);
int runConnector(const Options &o);
// export evidence-packs --pack ID --format json|pdf
int runExportPack(const Options &o);
// check [--write --as EMAIL] [--format json]: the compliance live checks
int runCheck(const Options &o);
// offline -o FILE: the offline review copy of the tenant
int runOffline(const Options &o);
} // namespace CommandLine
