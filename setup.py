"""Copies the language-neutral spec in schema/ into the package when a wheel is built.

schema/ lives at the top of the repository so that it is usable without Python; the installed
package needs its own copy (an installed wheel has no repository beside it).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithSchema(build_py):
    def run(self):
        super().run()
        source = Path(__file__).parent / "schema"
        target = Path(self.build_lib) / "unres" / "schema"
        target.mkdir(parents=True, exist_ok=True)
        for path in source.iterdir():
            if path.is_file():
                shutil.copy2(path, target / path.name)


setup(cmdclass={"build_py": BuildWithSchema})
