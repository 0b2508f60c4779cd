"""Package data: the labelled demo lead list and the sample personas used by the quickstart."""
