"""A process of one thread for the command line: the NER model runs about a fifth faster in it.

spaCy's wheels for Python 3.11 are built with Cython's profiling hooks, so its NER decoder takes
and releases the interpreter lock several hundred times per token. The C library takes an
uncontended lock without an atomic instruction only while the process has a single thread, and
two libraries start a thread of their own as they load: numpy's OpenBLAS (a pool for parallel
linear algebra the pipeline never does) and pyarrow's jemalloc (a background purge thread, pyarrow
loads with pandas). Measured on the development corpora: the NER alone 67k -> 82k characters per
CPU second; a second thread, even an idle one, takes the gain away. On Python 3.12 spaCy's wheels
have no such hooks and the number of threads does not matter.

:func:`keep_one_thread` asks both libraries not to start their thread, through the environment
variables they read when they load: it must run before numpy or pandas is imported (the command
line calls it first), and a value the user has set stays. The output does not change.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

__all__ = ["ONE_THREAD", "keep_one_thread"]

ONE_THREAD = {
    "OPENBLAS_NUM_THREADS": "1",  # numpy's BLAS: no thread pool
    "JE_ARROW_MALLOC_CONF": "background_thread:false",  # pyarrow's jemalloc: no purge thread
}
"""The environment variables that keep the libraries the pipeline loads from starting a thread."""


def keep_one_thread(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Set each of :data:`ONE_THREAD` in ``environ`` (the process's environment by default) unless
    it is set already; return those it set. Effective only before numpy and pandas are imported.

    >>> env = {"OPENBLAS_NUM_THREADS": "4"}
    >>> keep_one_thread(env)
    {'JE_ARROW_MALLOC_CONF': 'background_thread:false'}
    >>> env["OPENBLAS_NUM_THREADS"]
    '4'
    """
    environ = os.environ if environ is None else environ
    added = {name: value for name, value in ONE_THREAD.items() if name not in environ}
    environ.update(added)
    return added
