// "dùng" copies the proposed quota into its input, so accepting a proposal is one click.
document.querySelectorAll('.use-proposal').forEach(function (button) {
  button.addEventListener('click', function () {
    document.getElementById(button.dataset.target).value = button.dataset.value;
  });
});
